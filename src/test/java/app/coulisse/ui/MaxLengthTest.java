package app.coulisse.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.breakdown.BreakdownElement;
import app.coulisse.dance.readiness.DancePart;
import app.coulisse.dance.readiness.DancerUnavailability;
import app.coulisse.schedule.FittingCall;
import org.junit.jupiter.api.Test;

class MaxLengthTest {

    @Test
    void a_field_takes_the_size_its_entity_property_declares() {
        assertThat(MaxLength.of(BreakdownElement.class, "name")).isEqualTo(150);
        assertThat(MaxLength.of(DancePart.class, "name")).isEqualTo(80);
        assertThat(MaxLength.of(DancerUnavailability.class, "reason")).isEqualTo(200);
        assertThat(MaxLength.of(FittingCall.class, "note")).isEqualTo(FittingCall.NOTE_MAX);
    }

    @Test
    void a_property_without_a_size_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> MaxLength.of(BreakdownElement.class, "nothing"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
