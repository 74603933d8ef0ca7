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
    private long episodeId;

    SceneFilters(List<SceneFilter> filters, Runnable changed) {
        layout.setPadding(false);
        for (SceneFilter filter : filters) {
            Checkbox box = new Checkbox(layout.getTranslation(filter.labelKey()));
            box.setId(filter.id());
            box.addValueChangeListener(event -> {
                matching.remove(filter);
                changed.run();
            });
            boxes.put(filter, box);
            layout.add(box);
        }
    }

    /** The episode shown: a ticked filter reads which of its scenes it keeps on first need (none while unticked). */
    void read(long episodeId) {
        this.episodeId = episodeId;
        matching.clear();
    }

    /** Whether a scene passes every ticked filter. */
    boolean keeps(long sceneId) {
        return boxes.entrySet().stream().allMatch(entry -> !entry.getValue().getValue()
                || matching.computeIfAbsent(entry.getKey(), filter -> new HashSet<>(filter.matching(episodeId)))
                .contains(sceneId));
    }

    HorizontalLayout checkboxes() {
        return layout;
    }
}
