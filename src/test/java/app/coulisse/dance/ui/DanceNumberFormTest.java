package app.coulisse.dance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.dance.DanceNumberSummary;
import app.coulisse.dance.DanceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rehearsal hours in either language, never ten times too many; the music source may stay unset. */
@SuppressWarnings("unchecked")
class DanceNumberFormTest extends KaribuTest {

    @Autowired
    DanceService danceService;

    @Test
    void typing_7_5_in_english_gives_seven_and_a_half_hours() {
        loginAs("writer");
        UI.getCurrent().navigate("dance-numbers");
        assertThat(save(typed("Bolero", "7.5")).rehearsalHours()).isEqualByComparingTo("7.5");
    }

    @Test
    void typing_7_5_with_a_comma_or_a_point_in_french_gives_seven_and_a_half_hours() {
        loginAs("writer");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("dance-numbers");
        assertThat(save(typed("Boléro", "7,5")).rehearsalHours()).isEqualByComparingTo("7.5");
        assertThat(_get(TextField.class, spec -> spec.withId("dance-rehearsal")).getValue()).isEqualTo("7,5");

        _click(_get(Button.class, spec -> spec.withId("new-dance-number")));
        assertThat(save(typed("Pavane", "7.5")).rehearsalHours()).isEqualByComparingTo("7.5");
    }

    @Test
    void unreadable_hours_are_said_at_the_field_and_save_waits() {
        loginAs("writer");
        UI.getCurrent().navigate("dance-numbers");
        _setValue(_get(TextField.class, spec -> spec.withId("dance-title")), "Bolero");
        TextField hours = _get(TextField.class, spec -> spec.withId("dance-rehearsal"));
        _setValue(hours, "7.5.1");

        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).startsWith("\"7.5.1\" is not a number of hours");
        assertThat(_get(Button.class, spec -> spec.withId("save-dance-number")).isEnabled()).isFalse();
    }

    @Test
    void an_over_long_title_is_refused_with_its_limit_and_a_new_number_has_no_music_source_until_chosen() {
        loginAs("writer");
        UI.getCurrent().navigate("dance-numbers");
        Select<Object> source = _get(Select.class, spec -> spec.withId("dance-source"));
        assertThat(source.getValue()).isNull();
        TextField title = _get(TextField.class, spec -> spec.withId("dance-title"));
        _setValue(title, "T".repeat(151));
        assertThat(title.getErrorMessage()).isEqualTo("The title is too long (150 characters at most).");
        assertThat(_get(Button.class, spec -> spec.withId("save-dance-number")).isEnabled()).isFalse();

        assertThat(save(typed("Sarabande", "")).musicSource()).isNull();
    }

    private String typed(String title, String hours) {
        _setValue(_get(TextField.class, spec -> spec.withId("dance-title")), title);
        _setValue(_get(TextField.class, spec -> spec.withId("dance-rehearsal")), hours);
        return title;
    }

    private DanceNumberSummary save(String title) {
        _click(_get(Button.class, spec -> spec.withId("save-dance-number")));
        return danceService.summaries().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }
}
