package app.coulisse.dance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.core.DomainException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RehearsalHoursTest {

    @Test
    void a_point_and_a_comma_are_both_decimal_separators_so_7_5_never_becomes_75() {
        assertThat(RehearsalHours.parse("7.5")).isEqualByComparingTo("7.5");
        assertThat(RehearsalHours.parse("7,5")).isEqualByComparingTo("7.5");
        assertThat(RehearsalHours.parse(" 12 ")).isEqualByComparingTo("12");
        assertThat(RehearsalHours.parse("0,25")).isEqualByComparingTo("0.25");
        assertThat(RehearsalHours.parse("")).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.5.1", "1,000.5", "7h", "-2", "7.125", "1000"})
    void anything_else_is_refused_with_what_was_typed(String text) {
        assertThatThrownBy(() -> RehearsalHours.parse(text)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.getMessageKey()).isEqualTo("dance.rehearsal.unreadable");
            assertThat(refused.getArguments()).containsExactly(text);
        });
    }

    @Test
    void hours_are_written_as_the_locale_writes_them() {
        assertThat(RehearsalHours.format(new BigDecimal("7.50"), Locale.ENGLISH)).isEqualTo("7.5");
        assertThat(RehearsalHours.format(new BigDecimal("7.50"), Locale.FRENCH)).isEqualTo("7,5");
        assertThat(RehearsalHours.format(new BigDecimal("1200"), Locale.FRENCH)).isEqualTo("1200");
        assertThat(RehearsalHours.format(null, Locale.FRENCH)).isEmpty();
    }
}
