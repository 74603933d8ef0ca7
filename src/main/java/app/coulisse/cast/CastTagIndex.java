package app.coulisse.cast;

import app.coulisse.outline.DeclaredTagIndex;
import java.util.Comparator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The characters tagged in an episode ("4. TOBIAS BELL"), by cast ID, with the scenes they appear in. */
@Component
@Order(1)
class CastTagIndex extends DeclaredTagIndex {

    CastTagIndex(CastService castService) {
        super("tags.cast", (episodeId, locale) -> byLabel(castService.episodeCast(episodeId).stream()
                .sorted(Comparator.comparingInt(SceneAppearance::castId)), SceneAppearance::castLabel,
                SceneAppearance::sceneId));
    }
}
