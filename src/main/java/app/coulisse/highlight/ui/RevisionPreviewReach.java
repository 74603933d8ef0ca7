package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.highlight.RevisionReachService;
import app.coulisse.screenplay.RevisionImport;
import app.coulisse.screenplay.ui.RevisionPreviewSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;

/** In the revise preview: what the revision would touch — the tags, shoot days and calls of the scenes it changes. */
@org.springframework.stereotype.Component
@Order(1)
class RevisionPreviewReach implements RevisionPreviewSection {

    private final RevisionReachService reachService;
    private final BreakdownService breakdownService;

    RevisionPreviewReach(RevisionReachService reachService, BreakdownService breakdownService) {
        this.reachService = reachService;
        this.breakdownService = breakdownService;
    }

    @Override
    public Component create(RevisionImport preview) {
        List<String> touched = new ArrayList<>();
        preview.changed().forEach(scene -> touched.add(scene.number()));
        preview.omitted().forEach(scene -> touched.add(scene.number()));
        Div section = new Div();
        section.setId("revision-preview-reach");
        section.add(new H4(section.getTranslation("highlight.reach.preview")),
                new RevisionReachPanel(reachService.preview(preview.episodeId(), touched, List.of()), Map.of(),
                        RevisionReachPanel.categoryNames(breakdownService, UI.getCurrent().getLocale())));
        return section;
    }
}
