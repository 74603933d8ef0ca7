package app.coulisse.breakdown.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.core.DomainException;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The element-category editor follows the one form idiom (issue 11): the rule on {@link ElementCategory}, in the form and the service. */
@SuppressWarnings("unchecked")
class CategoryFormTest extends KaribuTest {

    @Autowired
    BreakdownService breakdownService;

    @BeforeEach
    void openElements() {
        loginAs("showrunner");
    }

    @Test
    void a_long_name_and_an_unreadable_colour_disable_save_and_say_why_at_the_field() {
        newCategory();
        TextField name = _get(TextField.class, spec -> spec.withId("category-name"));
        TextField colour = _get(TextField.class, spec -> spec.withId("category-colour"));
        _setValue(name, "x".repeat(61));
        _setValue(colour, "red");

        assertThat(name.getErrorMessage()).isEqualTo("The category name is too long (60 characters at most).");
        assertThat(colour.isInvalid()).isTrue();
        assertThat(colour.getErrorMessage()).isEqualTo("Use a colour like #FFAA00.");
        assertThat(_get(Button.class, spec -> spec.withId("save-category")).isEnabled()).isFalse();
        assertThat(breakdownService.categories()).hasSize(17);
    }

    @Test
    void the_service_refuses_what_the_form_refuses() {
        assertThatThrownBy(() -> breakdownService.createCategory("x".repeat(61), "#123456"))
                .isInstanceOf(DomainException.class).hasMessage("category.name.too-long");
        assertThatThrownBy(() -> breakdownService.createCategory("Rigging", null))
                .isInstanceOf(DomainException.class).hasMessage("colour.invalid");
        ElementCategory first = breakdownService.categories().getFirst();
        assertThatThrownBy(() -> breakdownService.updateCategory(first.getId(), first.getVersion(), "  ", "#123456"))
                .isInstanceOf(DomainException.class).hasMessage("category.name.required");
        assertThat(breakdownService.categories()).hasSize(17);
        assertThat(breakdownService.category(first.getId()).getName()).isEqualTo(first.getName());
    }

    @Test
    void a_valid_new_category_is_added_at_the_end() {
        newCategory();
        assertThat(_get(TextField.class, spec -> spec.withId("category-name")).getElement()
                .getProperty("autofocus", false)).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("category-name")), "Rigging");
        _setValue(_get(TextField.class, spec -> spec.withId("category-colour")), "#12ab56");
        _click(_get(Button.class, spec -> spec.withId("save-category")));

        expectNotifications("Saved: Rigging");
        List<ElementCategory> categories = breakdownService.categories();
        assertThat(categories).hasSize(18);
        assertThat(categories.getLast().getName()).isEqualTo("Rigging");
        assertThat(categories.getLast().getColour()).isEqualTo("#12AB56");
    }

    @Test
    void esc_on_a_changed_category_asks_before_discarding() {
        newCategory();
        Grid<ElementCategory> grid = _get(Grid.class, spec -> spec.withId("categories"));
        grid.select(_get(grid, 2));
        _setValue(_get(TextField.class, spec -> spec.withId("category-colour")), "#000000");
        ShortcutsKt._fireShortcut(_get(CategoryForm.class), Key.ESCAPE);

        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("confirm-discard"));
        assertThat(ask.isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("category-colour")).getValue()).isEqualTo("#000000");
    }

    @Test
    void the_form_speaks_french_too() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        newCategory();
        TextField name = _get(TextField.class, spec -> spec.withId("category-name"));
        _setValue(name, "x".repeat(61));
        assertThat(name.getErrorMessage()).isEqualTo("Le nom de la catégorie est trop long (60 caractères au plus).");
        TextField colour = _get(TextField.class, spec -> spec.withId("category-colour"));
        _setValue(colour, "rouge");
        assertThat(colour.getErrorMessage()).isEqualTo("Indiquez une couleur comme #FFAA00.");
    }

    private void newCategory() {
        UI.getCurrent().navigate("elements");
        _click(_get(Button.class, spec -> spec.withId("add-category")));
    }
}
