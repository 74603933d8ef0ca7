package app.coulisse.highlight.ui;

import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.ui.SceneEditorSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.springframework.core.annotation.Order;

/** In the scene editor: the tags of the scene whose highlighted words a revision cut, to check. */
@org.springframework.stereotype.Component
@Order(2)
class FlaggedInSceneSection implements SceneEditorSection {

    private final HighlightService highlights;
    private final OutlineService outlineService;

    FlaggedInSceneSection(HighlightService highlights, OutlineService outlineService) {
        this.highlights = highlights;
        this.outlineService = outlineService;
    }

    @Override
    public Component create(long sceneId) {
        Div section = new Div();
        section.setId("flagged-in-scene");
        section.addClassName("flagged-in-scene");
        fill(section, sceneId);
        return section;
    }

    private void fill(Div section, long sceneId) {
        section.removeAll();
        List<Highlight> flagged = highlights.sceneHighlights(sceneId).stream().filter(Highlight::needsCheck).toList();
        section.setVisible(!flagged.isEmpty());
        boolean editable = outlineService.canChange(sceneId);
        for (Highlight highlight : flagged) {
            Div row = new Div(new Span("⚑ " + section.getTranslation("highlight.flagged.line", highlight.name(),
                    highlight.words())));
            row.setId("flagged-" + highlight.id());
            if (editable) {
                Button checked = new Button(section.getTranslation("highlight.checked"), event -> {
                    highlights.remove(highlight.sceneId(), highlight.id());
                    fill(section, sceneId);
                });
                checked.setId("flagged-" + highlight.id() + "-checked");
                checked.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(checked);
            }
            section.add(row);
        }
    }
}
