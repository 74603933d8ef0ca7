package app.coulisse.breakdown.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SuppressWarnings("unchecked")
class ElementsViewTest extends KaribuTest {

    @Autowired
    BreakdownService breakdownService;

    @Test
    void the_showrunner_recolours_a_category() {
        loginAs("showrunner");
        UI.getCurrent().navigate("elements");
        Grid<ElementCategory> categories = _get(Grid.class, spec -> spec.withId("categories"));
        categories.select(_get(categories, 3));

        _setValue(_get(TextField.class, spec -> spec.withId("category-colour")), "#4a148c");
        _click(_get(Button.class, spec -> spec.withId("save-category")));

        assertThat(breakdownService.categories().get(3).getColour()).isEqualTo("#4A148C");
    }

    @Test
    void a_writer_deletes_an_element_after_being_told_how_many_tags_go() {
        loginAs("writer");
        UI.getCurrent().navigate("elements");
        _assertNone(Button.class, spec -> spec.withId("save-category"));
        Grid<ElementCategory> categories = _get(Grid.class, spec -> spec.withId("categories"));
        int wardrobe = IntStream.range(0, _size(categories)).filter(i -> _get(categories, i).getName().equals("Wardrobe"))
                .findFirst().orElseThrow();
        categories.select(_get(categories, wardrobe));
        Grid<ElementSummary> elements = _get(Grid.class, spec -> spec.withId("elements"));
        int veils = IntStream.range(0, _size(elements)).filter(i -> _get(elements, i).name().equals("Tulle veils"))
                .findFirst().orElseThrow();
        elements.select(_get(elements, veils));

        _click(_get(Button.class, spec -> spec.withId("delete-element")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete"));
        long tags = breakdownService.elementTagCount(_get(elements, veils).id());
        assertThat(tags).isPositive();
        assertThat(_getText(confirm)).isEqualTo("Its " + tags + " scene tags will be deleted with it.");
        _fireConfirm(confirm);

        assertThat(breakdownService.elements(_get(categories, wardrobe).getId()))
                .noneMatch(element -> element.name().equals("Tulle veils"));
    }

    @Test
    void production_sees_categories_and_elements_without_controls() {
        loginAs("production");
        UI.getCurrent().navigate("elements");

        assertThat(_size(_get(Grid.class, spec -> spec.withId("categories")))).isEqualTo(17);
        _assertNone(Button.class, spec -> spec.withId("add-element"));
        _assertNone(Button.class, spec -> spec.withId("delete-element"));
        _assertNone(Button.class, spec -> spec.withId("add-category"));
    }
}
