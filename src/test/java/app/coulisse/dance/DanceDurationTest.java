package app.coulisse.dance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.core.DomainException;
import org.junit.jupiter.api.Test;

class DanceDurationTest {

    @Test
    void minutes_and_seconds_are_stored_as_seconds_and_shown_back() {
        assertThat(DanceDuration.parse("6:52")).isEqualTo(412);
        assertThat(DanceDuration.parse(" 0:45 ")).isEqualTo(45);
        assertThat(DanceDuration.format(412)).isEqualTo("6:52");
        assertThat(DanceDuration.format(45)).isEqualTo("0:45");
    }

    @Test
    void a_blank_duration_is_no_duration() {
        assertThat(DanceDuration.parse("  ")).isNull();
        assertThat(DanceDuration.format(null)).isEmpty();
    }

    @Test
    void anything_else_is_refused_with_a_message() {
        for (String bad : new String[] {"6:60", "abc", "6", "6:5", "0:00", "-1:30"}) {
            assertThatThrownBy(() -> DanceDuration.parse(bad)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).getMessageKey()).isEqualTo("dance.duration.invalid");
        }
    }
}
