package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.highlight.HighlightService;
import app.coulisse.highlight.RevisionReachService;
import app.coulisse.screenplay.RevisionImport;
import app.coulisse.screenplay.ui.RevisionPreviewSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;

/**
 * In the revise preview: what the revision would touch — the tags, shoot days and calls of the scenes it changes, and
 * the highlights whose words it would cut.
 */
@org.springframework.stereotype.Component
@Order(1)
class RevisionPreviewReach implements RevisionPreviewSection {

    private final RevisionReachService reachService;
    private final HighlightService highlightService;
    private final BreakdownService breakdownService;

    RevisionPreviewReach(RevisionReachService reachService, HighlightService highlightService,
            BreakdownService breakdownService) {
        this.reachService = reachService;
        this.highlightService = highlightService;
        this.breakdownService = breakdownService;
    }

    @Override
    public Component create(RevisionImport preview) {
        List<String> touched = new ArrayList<>();
        preview.changed().forEach(scene -> touched.add(scene.number()));
        preview.omitted().forEach(scene -> touched.add(scene.number()));
        Div section = new Div();
        section.setId("revision-preview-reach");
        Map<Long, String> numbers = new HashMap<>();
        preview.texts().forEach(text -> numbers.put(text.sceneId(), text.sceneNumber()));
        section.add(new H4(section.getTranslation("highlight.reach.preview")),
                new RevisionReachPanel(reachService.preview(preview.episodeId(), touched,
                        highlightService.wouldFlag(preview.episodeId(), preview.texts())), numbers,
                        RevisionReachPanel.categoryNames(breakdownService, UI.getCurrent().getLocale()),
                        "highlight.reach.would-flag"));
        return section;
    }
}
