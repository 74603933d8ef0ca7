package app.coulisse.outline.ui;

import app.coulisse.outline.SceneFilter;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The other features' filters ({@link SceneFilter}) as check boxes of the board and the one-liner. */
class SceneFilters {

    private final Map<SceneFilter, Checkbox> boxes = new LinkedHashMap<>();
    private final Map<SceneFilter, Set<Long>> matching = new LinkedHashMap<>();
    private final HorizontalLayout layout = new HorizontalLayout();

    SceneFilters(List<SceneFilter> filters, Runnable changed) {
        layout.setPadding(false);
        for (SceneFilter filter : filters) {
            Checkbox box = new Checkbox(layout.getTranslation(filter.labelKey()));
            box.setId(filter.id());
            box.addValueChangeListener(event -> changed.run());
            boxes.put(filter, box);
            layout.add(box);
        }
    }

    /** Reads which scenes each filter keeps, for the episode shown. */
    void read(long episodeId) {
        matching.clear();
        boxes.keySet().forEach(filter -> matching.put(filter, new HashSet<>(filter.matching(episodeId))));
    }

    /** Whether a scene passes every ticked filter. */
    boolean keeps(long sceneId) {
        return boxes.entrySet().stream().allMatch(entry -> !entry.getValue().getValue()
                || matching.getOrDefault(entry.getKey(), Set.of()).contains(sceneId));
    }

    HorizontalLayout checkboxes() {
        return layout;
    }
}
