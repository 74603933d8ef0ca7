package app.coulisse.breakdown;

import app.coulisse.core.Messages;
import app.coulisse.outline.SceneTagIndex;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The elements tagged in an episode ("Props: Champagne flute"), in category order; not a one-liner filter. */
@Component
@Order(3)
class ElementTagIndex implements SceneTagIndex {

    private final BreakdownService breakdownService;

    ElementTagIndex(BreakdownService breakdownService) {
        this.breakdownService = breakdownService;
    }

    @Override
    public String headerKey() {
        return "tags.elements";
    }

    @Override
    public boolean filterable() {
        return false;
    }

    @Override
    public Map<String, Set<Long>> scenesByTag(long episodeId, Locale locale) {
        Map<String, Set<Long>> scenes = new LinkedHashMap<>();
        Map<Long, String> categories = new java.util.HashMap<>();
        breakdownService.categories().forEach(category ->
                categories.put(category.getId(), category.displayName(Messages.bundled(), locale)));
        for (ElementLink link : breakdownService.episodeElements(episodeId)) {
            scenes.computeIfAbsent(categories.getOrDefault(link.categoryId(), link.categoryName()) + ": " + link.elementName(), label -> new LinkedHashSet<>())
                    .add(link.sceneId());
        }
        return scenes;
    }
}
