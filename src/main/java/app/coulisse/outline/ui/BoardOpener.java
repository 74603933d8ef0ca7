package app.coulisse.outline.ui;

import app.coulisse.season.ui.EpisodeOpener;
import org.springframework.stereotype.Component;

/** An episode picked on the season overview opens on its board. */
@Component
class BoardOpener implements EpisodeOpener {

    @Override
    public void open(long episodeId) {
        OutlineNavigation.toBoard(episodeId);
    }
}
