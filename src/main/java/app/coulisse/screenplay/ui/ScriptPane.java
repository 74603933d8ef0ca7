package app.coulisse.screenplay.ui;

import app.coulisse.core.DomainException;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.FountainText;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.ui.FieldRefusal;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The scene's text as Fountain in its editor (record 049), for those who may change the scene: the stored text
 * written back, or empty, saved through the same parser as an import (the highlight pane above shows it laid out).
 * The heading stays the scene's own; a refused text is said at the field and nothing is changed.
 */
class ScriptPane extends Details {

    private final transient ScriptTextService texts;
    private final long sceneId;
    private final TextArea fountain = new TextArea();

    ScriptPane(long sceneId, ScriptTextService texts, OutlineService outlineService) {
        this.sceneId = sceneId;
        this.texts = texts;
        setSummaryText(getTranslation("screenplay.pane"));
        setId("script-pane");
        addClassName("script-pane");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        List<StoredElement> text = texts.sceneText(sceneId);
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
        setOpened(text.isEmpty());
        setVisible(content.getComponentCount() > 0);
    }

    private void save() {
        try {
            texts.pasteFountain(sceneId, fountain.getValue());
            FieldRefusal.show(fountain, false, null);
            Notifications.success(getTranslation("screenplay.pane.saved"));
        } catch (DomainException refusal) {
            FieldRefusal.show(fountain, true, getTranslation(refusal.getMessageKey(), refusal.getArguments()));
        }
    }
}
