package app.coulisse.dance;

import app.coulisse.outline.DeclaredTagIndex;
import java.util.Comparator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The dance numbers performed in an episode, by title, with the scenes that hold them. */
@Component
@Order(2)
class DanceTagIndex extends DeclaredTagIndex {

    DanceTagIndex(DanceService danceService) {
        super("tags.dance-numbers", (episodeId, locale) -> byLabel(danceService.episodeLinks(episodeId).stream()
                .sorted(Comparator.comparing(DanceLink::title)), DanceLink::title, DanceLink::sceneId));
    }
}
