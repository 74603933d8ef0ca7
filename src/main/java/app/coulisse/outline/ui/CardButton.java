package app.coulisse.outline.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * A small icon-only button of the board's cards and columns: a {@code vaadin-button} element that keeps nothing on
 * the server but its click. Its icon is markup inside it and its label the plain {@code title} (and the screen
 * reader's label). Not a Vaadin {@code Button}: each of those also keeps a text node, a disable-on-click controller
 * and a click listener with ten coordinates and modifier keys the card never reads. A board holds a hundred and more
 * of them, and each is server state kept per open board (records 039 and 062).
 */
@Tag("vaadin-button")
public final class CardButton extends Component implements ClickNotifier<CardButton>, HasEnabled, HasAriaLabel {

    CardButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        // A plain DOM listener: Flow still ignores the clicks of a disabled button, as for any element listener.
        getElement().addEventListener("click", event -> action.run());
        setId(id);
        String label = getTranslation(labelKey);
        setAriaLabel(label);
        getElement().setAttribute("title", label);
        // A fixed icon name from the enum, never user text.
        getElement().setProperty("innerHTML",
                "<vaadin-icon icon=\"vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"></vaadin-icon>");
        getElement().setAttribute("theme", "tertiary-inline small icon");
    }
}
