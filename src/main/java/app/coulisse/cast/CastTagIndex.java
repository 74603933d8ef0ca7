package app.coulisse.cast;

import app.coulisse.outline.SceneTagIndex;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The characters tagged in an episode ("4. TOBIAS BELL"), by cast ID, with the scenes they appear in. */
@Component
@Order(1)
class CastTagIndex implements SceneTagIndex {

    private final CastService castService;

    CastTagIndex(CastService castService) {
        this.castService = castService;
    }

    @Override
    public String headerKey() {
        return "tags.cast";
    }

    @Override
    public Map<String, Set<Long>> scenesByTag(long episodeId, Locale locale) {
        Map<String, Set<Long>> scenes = new LinkedHashMap<>();
        castService.episodeCast(episodeId).stream().sorted(Comparator.comparingInt(SceneAppearance::castId))
                .forEach(appearance -> scenes.computeIfAbsent(appearance.castLabel(), label -> new LinkedHashSet<>())
                        .add(appearance.sceneId()));
        return scenes;
    }
}
