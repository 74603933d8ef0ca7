package app.coulisse.dance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.dance.DanceNumberSummary;
import app.coulisse.dance.DanceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SuppressWarnings("unchecked")
class DanceNumbersViewTest extends KaribuTest {

    @Autowired
    DanceService danceService;

    @Test
    void a_number_is_created_with_its_duration_in_minutes_and_seconds() {
        loginAs("writer");
        UI.getCurrent().navigate("dance-numbers");

        _setValue(_get(TextField.class, spec -> spec.withId("dance-title")), "Bolero");
        TextField duration = _get(TextField.class, spec -> spec.withId("dance-duration"));
        _setValue(duration, "15:70");
        // Save is disabled while a field is invalid (issue 11, one form idiom): the message is at the field.
        assertThat(_get(Button.class, spec -> spec.withId("save-dance-number")).isEnabled()).isFalse();
        assertThat(duration.getErrorMessage()).isEqualTo("Write the duration as minutes:seconds, e.g. 3:45 (not \"15:70\").");
        assertThat(duration.isInvalid()).isTrue();

        _setValue(duration, "15:50");
        _setValue(_get(IntegerField.class, spec -> spec.withId("dance-ensemble")), 12);
        _click(_get(Button.class, spec -> spec.withId("save-dance-number")));

        DanceNumberSummary bolero = danceService.summaries().stream().filter(n -> n.title().equals("Bolero"))
                .findFirst().orElseThrow();
        assertThat(bolero.durationSeconds()).isEqualTo(950);
        assertThat(bolero.totalDancers()).isEqualTo(12);
    }

    @Test
    void a_number_shows_its_scenes_and_totals_and_deleting_it_says_how_many_links_go() {
        loginAs("writer");
        UI.getCurrent().navigate("dance-numbers");
        Grid<DanceNumberSummary> numbers = _get(Grid.class, spec -> spec.withId("dance-numbers"));
        int veil = IntStream.range(0, _size(numbers)).filter(i -> _get(numbers, i).title().equals("The Veil"))
                .findFirst().orElseThrow();
        numbers.select(_get(numbers, veil));

        long links = danceService.linkCount(_get(numbers, veil).id());
        assertThat(links).isPositive();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("dance-number-scenes")))).isEqualTo((int) links);
        assertThat(_get(Span.class, spec -> spec.withId("dance-number-totals")).getText()).startsWith("23 dancers");

        _click(_get(Button.class, spec -> spec.withId("delete-dance-number")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete"));
        assertThat(_getText(confirm)).isEqualTo("It is in " + links + " scenes; those links will be deleted with it.");
        _fireConfirm(confirm);

        assertThat(danceService.summaries()).noneMatch(n -> n.title().equals("The Veil"));
    }

    @Test
    void production_reads_the_numbers_without_edit_controls() {
        loginAs("production");
        UI.getCurrent().navigate("dance-numbers");

        assertThat(_size(_get(Grid.class, spec -> spec.withId("dance-numbers")))).isGreaterThanOrEqualTo(5);
        _assertNone(Button.class, spec -> spec.withId("save-dance-number"));
        _assertNone(Button.class, spec -> spec.withId("new-dance-number"));
    }
}
