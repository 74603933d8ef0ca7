package app.coulisse.backup.ui;

import app.coulisse.backup.BackupService;
import app.coulisse.export.BreakdownExportService;
import app.coulisse.season.ui.SettingsSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import org.springframework.core.annotation.Order;

/** In the series settings, last: the backup of the whole series, one click to download. */
@org.springframework.stereotype.Component
@Order(100)
class BackupSettings implements SettingsSection {

    private final BackupService backupService;

    BackupSettings(BackupService backupService) {
        this.backupService = backupService;
    }

    @Override
    public Component create() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("settings-backup");
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setContentType("application/zip");
            event.getResponse().setHeader("Content-Disposition",
                    BreakdownExportService.attachmentHeader(backupService.fileName()));
            try (OutputStream out = event.getOutputStream()) {
                backupService.write(out);
            }
        }, AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(section.getTranslation("backup.download")));
        download.setId("download-backup");
        download.addClassName("download-link");
        section.add(new H3(section.getTranslation("backup.title")), new Paragraph(section.getTranslation("backup.help")),
                download);
        return section;
    }
}
