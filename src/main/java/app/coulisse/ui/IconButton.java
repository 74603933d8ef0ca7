package app.coulisse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A button that is only an icon: its translated label is the screen reader's label and the tooltip. */
public class IconButton extends Button {

    /** An inline icon button with an id, whose label comes from the translation key {@code labelKey}. */
    public IconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        super(icon.create(), event -> action.run());
        setId(id);
        setAriaLabel(getTranslation(labelKey));
        setTooltipText(getTranslation(labelKey));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    }

    /** The same button with extra theme variants (small, error…). */
    public IconButton with(ButtonVariant... variants) {
        addThemeVariants(variants);
        return this;
    }
}
