package app.coulisse.breakdown.ui;

import app.coulisse.breakdown.ElementCategory;
import app.coulisse.ui.BeanForm;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An element category's name and colour, bound to the constraints on {@link ElementCategory}. It shows the name as
 * the reader sees it (a seeded category in their language); the view decides whether that is a rename.
 */
class CategoryForm extends BeanForm<ElementCategory> {

    private final TextField name = new TextField();
    private final TextField colour = new TextField();

    CategoryForm() {
        super(ElementCategory.class, () -> new ElementCategory("", "", 0));
        text(name, "category-name", "category.name", "name");
        text(colour, "category-colour", "category.colour", "colour");
        colour.setPlaceholder("#FFAA00");
        add(name, colour);
        setId("category-form");
        startIn(name);
        saveButton().setText(getTranslation("category.save"));
        saveButton().setId("save-category");
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
    }

    /** Shows a category under the name the reader sees, or an empty form (null) for a new one. */
    void show(ElementCategory category, String shownName) {
        read(category == null ? new ElementCategory("", "", 0)
                : new ElementCategory(shownName, category.getColour(), category.getPosition()));
    }
}
