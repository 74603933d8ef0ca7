package app.coulisse.dance;

import app.coulisse.outline.SceneTagIndex;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The dance numbers performed in an episode, by title, with the scenes that hold them. */
@Component
@Order(2)
class DanceTagIndex implements SceneTagIndex {

    private final DanceService danceService;

    DanceTagIndex(DanceService danceService) {
        this.danceService = danceService;
    }

    @Override
    public String headerKey() {
        return "tags.dance-numbers";
    }

    @Override
    public Map<String, Set<Long>> scenesByTag(long episodeId, Locale locale) {
        Map<String, Set<Long>> scenes = new LinkedHashMap<>();
        danceService.episodeLinks(episodeId).stream().sorted(Comparator.comparing(DanceLink::title))
                .forEach(link -> scenes.computeIfAbsent(link.title(), title -> new LinkedHashSet<>()).add(link.sceneId()));
        return scenes;
    }
}
