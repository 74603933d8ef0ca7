package app.coulisse.breakdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The element report: each element of an episode once, under its category, with the scenes it is in. */
public final class ElementList {

    /** An element with its category, its scenes (numbers in running order) and the quantity to provide for them. */
    public record Line(String category, String colour, String element, List<String> scenes, int totalQuantity) {
    }

    private ElementList() {
    }

    /** Groups tags (ordered by category, element, scene) into one line per element. */
    public static List<Line> of(List<ElementLink> links) {
        Map<Long, List<ElementLink>> byElement = new LinkedHashMap<>();
        links.forEach(link -> byElement.computeIfAbsent(link.elementId(), id -> new ArrayList<>()).add(link));
        return byElement.values().stream().map(tags -> {
            ElementLink first = tags.get(0);
            List<String> scenes = tags.stream()
                    .sorted(Comparator.comparingInt(ElementLink::scenePosition))
                    .map(ElementLink::sceneNumber).toList();
            return new Line(first.categoryName(), first.colour(), first.elementName(), scenes,
                    ElementQuantity.toProvide(tags.stream().mapToInt(ElementLink::quantity)));
        }).toList();
    }
}
