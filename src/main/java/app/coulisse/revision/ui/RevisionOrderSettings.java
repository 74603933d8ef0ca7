package app.coulisse.revision.ui;

import app.coulisse.revision.RevisionService;
import app.coulisse.season.ui.SettingsSection;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** The revision colour order as a section of the series settings. */
@org.springframework.stereotype.Component
@Order(2)
class RevisionOrderSettings implements SettingsSection {

    private final RevisionService revisions;

    RevisionOrderSettings(RevisionService revisions) {
        this.revisions = revisions;
    }

    @Override
    public Component create() {
        return new RevisionOrderSection(revisions);
    }
}
