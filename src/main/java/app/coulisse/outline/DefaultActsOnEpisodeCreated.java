package app.coulisse.outline;

import app.coulisse.season.EpisodeCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new episode the default acts (Teaser, Act One … Act Five, Tag), in the transaction that
 * created it: the one rule for episodes made on screen, over the API, by an import or by the demo.
 */
@Component
class DefaultActsOnEpisodeCreated {

    private final OutlineService outlineService;

    DefaultActsOnEpisodeCreated(OutlineService outlineService) {
        this.outlineService = outlineService;
    }

    @EventListener
    void giveDefaultActs(EpisodeCreated created) {
        outlineService.createDefaultActs(created.episodeId());
    }
}
