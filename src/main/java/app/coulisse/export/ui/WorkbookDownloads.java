package app.coulisse.export.ui;

import app.coulisse.export.BreakdownExportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The download links for the breakdown workbooks. The file is written in its own HTTP request,
 * straight from POI to the browser, so the screen never waits for it.
 */
public final class WorkbookDownloads {

    private static final int POLL_MILLIS = 500;

    private WorkbookDownloads() {
    }

    /** A link that downloads the episode workbook, e.g. Étoile-101-breakdown.xlsx. */
    public static Anchor episode(BreakdownExportService export, long episodeId) {
        Locale locale = UI.getCurrent().getLocale();
        Anchor link = new Anchor(event -> send(event, export.episodeFileName(episodeId),
                out -> export.writeEpisodeWorkbook(episodeId, locale, out)), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(UI.getCurrent().getTranslation("export.episode")));
        link.setId("download-episode-workbook");
        link.addClassName("download-link");
        return link;
    }

    /** A link that downloads the episode's music cue sheet alone, e.g. Étoile-101-cue-sheet.xlsx. */
    public static Anchor cueSheet(BreakdownExportService export, long episodeId) {
        Locale locale = UI.getCurrent().getLocale();
        Anchor link = new Anchor(event -> send(event, export.cueSheetFileName(episodeId),
                out -> export.writeCueSheet(episodeId, locale, out)), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.MUSIC.create(), new Span(UI.getCurrent().getTranslation("sheet.cueSheet")));
        link.setId("download-cue-sheet");
        link.addClassName("download-link");
        return link;
    }

    /**
     * A link that downloads the season workbook, with a progress bar while the season is being
     * written (the page polls the server meanwhile, since the app does not use push).
     */
    public static HorizontalLayout season(BreakdownExportService export) {
        return season(export::seasonFileName, (locale, out) -> export.writeSeasonWorkbook(locale, out));
    }

    /** The same link for one season's workbook, e.g. Étoile-season-2-breakdown.xlsx. */
    public static HorizontalLayout season(BreakdownExportService export, int seasonNumber) {
        return season(() -> export.seasonFileName(seasonNumber),
                (locale, out) -> export.writeSeasonWorkbook(seasonNumber, locale, out));
    }

    private interface SeasonWriter {
        void write(Locale locale, OutputStream out) throws IOException;
    }

    private static HorizontalLayout season(Supplier<String> fileName, SeasonWriter writer) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("8em");
        progress.setId("season-export-progress");
        Span status = new Span();
        status.setId("season-export-status");

        Anchor link = new Anchor(event -> {
            ui.access(() -> {
                progress.setVisible(true);
                status.setText(ui.getTranslation("export.season.running"));
            });
            try {
                send(event, fileName.get(), out -> writer.write(locale, out));
            } finally {
                ui.access(() -> {
                    progress.setVisible(false);
                    status.setText(ui.getTranslation("export.season.done"));
                    ui.setPollInterval(-1);
                });
            }
        }, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(ui.getTranslation("export.season")));
        link.setId("download-season-workbook");
        link.addClassName("download-link");
        link.getElement().addEventListener("click", click -> ui.setPollInterval(POLL_MILLIS));
        HorizontalLayout download = new HorizontalLayout(link, progress, status);
        download.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return download;
    }

    private interface WorkbookWriter {
        void write(OutputStream out) throws IOException;
    }

    private static void send(DownloadEvent event, String fileName, WorkbookWriter writer) throws IOException {
        event.setContentType(BreakdownExportService.XLSX);
        event.getResponse().setHeader("Content-Disposition", BreakdownExportService.attachmentHeader(fileName));
        try (OutputStream out = event.getOutputStream()) {
            writer.write(out);
        }
    }
}
