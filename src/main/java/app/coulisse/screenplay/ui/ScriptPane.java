package app.coulisse.screenplay.ui;

import app.coulisse.core.DomainException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionService;
import app.coulisse.screenplay.FountainText;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.ui.FieldRefusal;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The scene's script in its editor (record 049): the text laid out as in the reader, and for those who may change
 * the scene a Fountain field (the stored text written back, or empty) saved through the same parser as an import.
 * The heading stays the scene's own; a refused text is said at the field and nothing is changed.
 */
class ScriptPane extends Details {

    private final transient ScriptTextService texts;
    private final transient RevisionService revisionService;
    private final transient OutlineService outlineService;
    private final long sceneId;
    private final Div page = new Div();
    private final TextArea fountain = new TextArea();

    ScriptPane(long sceneId, ScriptTextService texts, RevisionService revisionService, OutlineService outlineService) {
        this.sceneId = sceneId;
        this.texts = texts;
        this.revisionService = revisionService;
        this.outlineService = outlineService;
        setSummaryText(getTranslation("screenplay.pane"));
        setId("script-pane");
        addClassName("script-pane");
        VerticalLayout content = new VerticalLayout(page);
        content.setPadding(false);
        List<StoredElement> text = texts.sceneText(sceneId);
        show(text);
        if (outlineService.canChange(sceneId)) {
            fountain.setLabel(getTranslation("screenplay.pane.fountain"));
            fountain.setHelperText(getTranslation("screenplay.pane.fountain.help"));
            fountain.setId("script-fountain");
            fountain.setWidthFull();
            fountain.setMaxLength(ScriptTextService.MAX_PASTE_CHARS);
            fountain.setValue(FountainText.of(text));
            fountain.addClassName("script-fountain");
            Button save = new Button(getTranslation("screenplay.pane.save"), event -> save());
            save.setId("script-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            content.add(fountain, save);
        }
        add(content);
        setOpened(!text.isEmpty());
    }

    private void save() {
        try {
            List<StoredElement> text = texts.pasteFountain(sceneId, fountain.getValue());
            FieldRefusal.show(fountain, false, null);
            show(text);
            Notifications.success(getTranslation("screenplay.pane.saved"));
        } catch (DomainException refusal) {
            FieldRefusal.show(fountain, true, getTranslation(refusal.getMessageKey(), refusal.getArguments()));
        }
    }

    private void show(List<StoredElement> text) {
        Scene scene = outlineService.scene(sceneId);
        ScriptPage script = new ScriptPage();
        script.addScene(scene, text, revisionService.current(scene.getEpisode().getId()).id());
        page.removeAll();
        page.add(script);
    }
}
