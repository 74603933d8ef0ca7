package app.coulisse.outline.ui;

import app.coulisse.outline.Storyline;
import app.coulisse.ui.BeanForm;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A storyline's label, name and colour, bound to the constraints on {@link Storyline}; the label is fixed once the
 * storyline exists (scenes and the board show it), so it is read-only when an existing one is shown.
 */
class StorylineForm extends BeanForm<Storyline> {

    private final TextField label = new TextField();
    private final TextField name = new TextField();
    private final TextField colour = new TextField();

    StorylineForm() {
        super(Storyline.class, () -> new Storyline(null, "", "", ""));
        text(label, "storyline-label", "storyline.label", "label");
        text(name, "storyline-name", "storyline.name", "name");
        text(colour, "storyline-colour", "storyline.colour", "colour");
        colour.setPlaceholder("#E53935");
        add(label, name, colour, saveButton());
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 4));
        setId("storyline-form");
        startIn(label);
        saveButton().setId("storyline-save");
    }

    /** Shows a storyline to rename or recolour, or an empty form (null) for a new one. */
    void show(Storyline storyline) {
        read(storyline == null ? new Storyline(null, "", "", "") : storyline);
        label.setReadOnly(storyline != null);
    }
}
