package app.coulisse.backup.ui;

import app.coulisse.backup.BackupService;
import app.coulisse.core.DomainException;
import app.coulisse.season.ui.SetupAlternative;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.File;
import org.springframework.core.annotation.Order;

/**
 * On the setup page of a fresh install: restore a backup instead of setting the series up. The restored room brings
 * its own users, so the showrunner who restored it logs in again with their account from the backup.
 */
@org.springframework.stereotype.Component
@Order(0)
class RestoreOnSetup implements SetupAlternative {

    private final BackupService backupService;
    private final AuthenticationContext authentication;

    RestoreOnSetup(BackupService backupService, AuthenticationContext authentication) {
        this.backupService = backupService;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("setup-restore");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> restore(ui, file))));
        upload.setId("restore-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(section.getTranslation("backup.restore.upload")));
        section.add(new H3(section.getTranslation("backup.restore.title")),
                new Paragraph(section.getTranslation("backup.restore.help")), upload);
        return section;
    }

    private void restore(UI ui, File file) {
        try {
            long rows = backupService.restore(file.toPath());
            Notifications.success(ui.getTranslation("backup.restore.done", rows));
            authentication.logout();
        } catch (DomainException refused) {
            Notifications.error(ui.getTranslation(refused.getMessageKey(), refused.getArguments()));
        } finally {
            file.delete();
        }
    }
}
