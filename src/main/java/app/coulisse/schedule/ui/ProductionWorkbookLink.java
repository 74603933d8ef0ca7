package app.coulisse.schedule.ui;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.schedule.UssExportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The production workbook's download, and a performer's calendar download (on the cast page). */
final class ProductionWorkbookLink {

    private ProductionWorkbookLink() {
    }

    /** A link that downloads the season's production workbook. */
    static Anchor create(ProductionExportService export, int seasonNumber) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setContentType(BreakdownExportService.XLSX);
            event.getResponse().setHeader("Content-Disposition",
                    BreakdownExportService.attachmentHeader(export.fileName(seasonNumber)));
            try (OutputStream out = event.getOutputStream()) {
                export.writeProductionWorkbook(seasonNumber, locale, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(ui.getTranslation("production.workbook")));
        link.setId("download-production-workbook");
        link.addClassName("download-link");
        return link;
    }

    /** A link that downloads the season's schedule as a USS file, for a crew or call-sheet app. */
    static Anchor schedule(UssExportService uss, int seasonNumber) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setContentType("application/json");
            event.getResponse().setHeader("Content-Disposition",
                    BreakdownExportService.attachmentHeader(uss.fileName(seasonNumber)));
            try (OutputStream out = event.getOutputStream()) {
                uss.download(seasonNumber, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.EXCHANGE.create(), new Span(UI.getCurrent().getTranslation("production.uss")));
        link.setId("download-uss");
        link.addClassName("download-link");
        return link;
    }

    /** A link that downloads a performer's calls as an .ics file, for the cast page. */
    static Anchor calendar(ProductionExportService export, int seasonNumber, int castId) {
        UI ui = UI.getCurrent();
        Anchor link = new Anchor((DownloadHandler) event -> {
            byte[] calendar = export.calendar(seasonNumber, castId).getBytes(StandardCharsets.UTF_8);
            event.setContentType("text/calendar;charset=UTF-8");
            event.getResponse().setHeader("Content-Disposition",
                    BreakdownExportService.attachmentHeader(export.calendarFileName(seasonNumber, castId)));
            try (OutputStream out = event.getOutputStream()) {
                out.write(calendar);
            }
        }, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.CALENDAR.create(), new Span(ui.getTranslation("production.calendar")));
        link.setId("download-calendar");
        link.addClassName("download-link");
        return link;
    }
}
