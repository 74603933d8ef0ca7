package app.coulisse.dance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.dance.CostumePiece;
import app.coulisse.dance.CostumeService;
import app.coulisse.dance.DanceNumberSummary;
import app.coulisse.dance.RightsService;
import app.coulisse.dance.RightsStatus;
import app.coulisse.schedule.ReadinessService;
import app.coulisse.ui.LocalFormats;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The production office keeps a number's rights, music, costumes and shoes; bad input is said at the field. */
@SuppressWarnings("unchecked")
class RightsAndCostumesTabsTest extends KaribuTest {

    @Autowired
    RightsService rightsService;

    @Autowired
    CostumeService costumeService;

    @Autowired
    ReadinessService readinessService;

    private long open(String title, int tab) {
        UI.getCurrent().navigate("dance-numbers");
        Grid<DanceNumberSummary> numbers = _get(Grid.class, spec -> spec.withId("dance-numbers"));
        DanceNumberSummary number = IntStream.range(0, _size(numbers)).mapToObj(i -> _get(numbers, i))
                .filter(n -> n.title().equals(title)).findFirst().orElseThrow();
        numbers.select(number);
        _get(TabSheet.class, spec -> spec.withId("dance-number-tabs")).setSelectedIndex(tab);
        return number.id();
    }

    @Test
    void a_term_ending_before_it_starts_is_said_at_the_term_end_and_nothing_is_saved() {
        loginAs("production");
        long id = open("Morning Class", 1);
        _get(Select.class, spec -> spec.withId("rights-status")).setValue(RightsStatus.NEGOTIATING);
        _setValue(_get(DatePicker.class, spec -> spec.withId("rights-term-start")), LocalDate.of(2026, 9, 1));
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("rights-term-end"));
        _setValue(end, LocalDate.of(2026, 8, 1));
        _click(_get(Button.class, spec -> spec.withId("save-rights")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The term cannot end before it starts.");
        assertThat(rightsService.rightsAndMusic(id).getRightsStatus()).isNull();

        _setValue(end, LocalDate.of(2029, 8, 31));
        _click(_get(Button.class, spec -> spec.withId("save-rights")));
        assertThat(end.isInvalid()).isFalse();
        assertThat(rightsService.rightsAndMusic(id).getRightsStatus()).isEqualTo(RightsStatus.NEGOTIATING);
    }

    @Test
    void an_approved_licence_without_its_french_credit_is_refused_in_french_at_the_credit_lines() {
        loginAs("production", Locale.FRENCH);
        long id = open("Morning Class", 1);
        _get(Select.class, spec -> spec.withId("rights-status")).setValue(RightsStatus.APPROVED);
        _setValue(_get(TextField.class, spec -> spec.withId("rights-credit-en")), "Choreography © Nadia Vidal");
        _click(_get(Button.class, spec -> spec.withId("save-rights")));

        TextField french = _get(TextField.class, spec -> spec.withId("rights-credit-fr"));
        assertThat(french.isInvalid()).isTrue();
        assertThat(french.getErrorMessage())
                .isEqualTo("Une licence accordée demande sa mention au générique en anglais et en français.");
        assertThat(rightsService.rightsAndMusic(id).getRightsStatus()).isNull();
    }

    @Test
    void more_pieces_built_than_needed_and_more_pairs_allotted_than_received_are_said_at_their_fields() {
        loginAs("production");
        long id = open("First Partnering", 2);
        _setValue(_get(TextField.class, spec -> spec.withId("costume-name")), "Balcony dress");
        _setValue(_get(IntegerField.class, spec -> spec.withId("costume-quantity")), 2);
        IntegerField built = _get(IntegerField.class, spec -> spec.withId("costume-built"));
        _setValue(built, 3);
        _click(_get(Button.class, spec -> spec.withId("save-costume")));
        assertThat(built.getErrorMessage()).isEqualTo("No more can be built than the quantity needed.");
        assertThat(costumeService.pieces(id)).isEmpty();

        _setValue(built, 1);
        _click(_get(Button.class, spec -> spec.withId("save-costume")));
        assertThat(costumeService.pieces(id)).extracting("name").containsExactly("Balcony dress");

        IntegerField received = _get(IntegerField.class, spec -> spec.withId("shoes-received"));
        _setValue(received, 4);
        List<IntegerField> dancers = _find(IntegerField.class).stream()
                .filter(field -> field.getId().orElse("").startsWith("shoes-for-")).toList();
        assertThat(dancers).hasSize(2);
        _setValue(dancers.get(0), 3);
        _setValue(dancers.get(1), 3);
        _click(_get(Button.class, spec -> spec.withId("save-shoes")));
        assertThat(received.isInvalid()).isTrue();
        assertThat(received.getErrorMessage()).isEqualTo("More pairs are allotted to dancers than were received.");
        assertThat(costumeService.pointeShoes(id).getPairsReceived()).isEqualTo(6);

        _setValue(received, 6);
        _click(_get(Button.class, spec -> spec.withId("save-shoes")));
        assertThat(received.isInvalid()).isFalse();
        assertThat(costumeService.pointeShoes(id).getAllotments().values()).containsExactly(3, 3);
        assertThat(_get(Span.class, spec -> spec.withId("shoes-left")).getText()).isEqualTo("0 pairs left for the ensemble");
    }

    @Test
    void a_piece_short_and_due_after_the_first_day_that_needs_the_number_is_shown_late_in_french() {
        loginAs("production", Locale.FRENCH);
        long id = open("Corps de Ballet in Pieces", 2);
        LocalDate first = readinessService.firstDayNeeded(id).orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("costume-first-day")).getText()).isEqualTo("Nécessaire dès le "
                + LocalFormats.date(first, Locale.FRENCH) + " (le premier jour de tournage ou de répétition du numéro)");
        addPiece("Tutu noir", 4, 1, first.plusDays(10));
        addPiece("Plumes", 4, 0, first.minusDays(1));
        Grid<CostumePiece> pieces = _get(Grid.class, spec -> spec.withId("costume-pieces"));
        List<String> dues = IntStream.range(0, _size(pieces)).mapToObj(i -> GridKt._getFormattedRow(pieces, i))
                .filter(row -> row.getFirst().equals("Tutu noir") || row.getFirst().equals("Plumes"))
                .map(row -> row.getLast()).toList();
        assertThat(dues).containsExactly(LocalFormats.date(first.minusDays(1), Locale.FRENCH),
                LocalFormats.date(first.plusDays(10), Locale.FRENCH) + ", en retard : il faut dès le "
                        + LocalFormats.date(first, Locale.FRENCH));
    }

    private void addPiece(String name, int quantity, int built, LocalDate due) {
        _click(_get(Button.class, spec -> spec.withId("new-costume")));
        _setValue(_get(TextField.class, spec -> spec.withId("costume-name")), name);
        _setValue(_get(IntegerField.class, spec -> spec.withId("costume-quantity")), quantity);
        _setValue(_get(IntegerField.class, spec -> spec.withId("costume-built")), built);
        _setValue(_get(DatePicker.class, spec -> spec.withId("costume-due")), due);
        _click(_get(Button.class, spec -> spec.withId("save-costume")));
    }

    @Test
    void writers_read_rights_without_a_save_button() {
        loginAs("writer");
        open("The Veil", 1);
        _assertNone(Button.class, spec -> spec.withId("save-rights"));
    }
}
