package app.coulisse.revision.ui;

import app.coulisse.outline.ui.EpisodeHeaderItem;
import app.coulisse.revision.RevisionService;
import app.coulisse.security.CurrentUser;
import com.vaadin.flow.component.Component;
import org.springframework.beans.factory.ObjectProvider;

/** The episode's current revision in the header of its board and one-liner; the showrunner starts the next. */
@org.springframework.stereotype.Component
class RevisionHeaderItem implements EpisodeHeaderItem {

    private final RevisionService revisions;
    private final ObjectProvider<CurrentUser> currentUser;

    RevisionHeaderItem(RevisionService revisions, ObjectProvider<CurrentUser> currentUser) {
        this.revisions = revisions;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(long episodeId) {
        return new RevisionBadge(revisions, episodeId, currentUser.getObject().isShowrunner());
    }
}
