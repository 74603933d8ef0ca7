package app.coulisse.outline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * A small icon-only button of the board's cards and columns, drawn as one element: its icon is markup inside the
 * button and its label the plain {@code title} (and the screen reader's label), not an icon and a Vaadin tooltip
 * component each. A board holds a hundred and more of them, and each component is server state kept per open
 * board (record 062).
 */
final class CardButton extends Button {

    CardButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        addClickListener(event -> action.run());
        setId(id);
        String label = getTranslation(labelKey);
        setAriaLabel(label);
        getElement().setAttribute("title", label);
        // A fixed icon name from the enum, never user text.
        getElement().setProperty("innerHTML",
                "<vaadin-icon icon=\"vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"></vaadin-icon>");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
    }
}
