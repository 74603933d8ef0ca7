package app.coulisse.breakdown;

import app.coulisse.core.Messages;
import app.coulisse.outline.DeclaredTagIndex;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The elements tagged in an episode ("Props: Champagne flute"), in category order; not a one-liner filter. */
@Component
@Order(3)
class ElementTagIndex extends DeclaredTagIndex {

    ElementTagIndex(BreakdownService breakdownService) {
        super("tags.elements", (episodeId, locale) -> {
            Map<Long, String> categories = new HashMap<>();
            breakdownService.categories().forEach(category ->
                    categories.put(category.getId(), category.displayName(Messages.bundled(), locale)));
            return byLabel(breakdownService.episodeElements(episodeId).stream(), link ->
                    Messages.bundled().labelled(categories.getOrDefault(link.categoryId(), link.categoryName()),
                            link.elementName(), locale),
                    ElementLink::sceneId);
        });
    }

    @Override
    public boolean filterable() {
        return false;
    }
}
