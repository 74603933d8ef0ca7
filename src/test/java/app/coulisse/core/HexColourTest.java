package app.coulisse.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HexColourTest {

    @ParameterizedTest
    @CsvSource({"#000080, true", "#1565C0, true", "#C62828, true", "#FFFF00, false", "#ADD8E6, false",
            "#FFFFFF, false", "#9E9E9E, false"})
    void white_text_reads_on_dark_fills_and_black_on_light_ones(String fill, boolean dark) {
        assertThat(HexColour.of(fill).isDark()).isEqualTo(dark);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"FFFFFF", "#FFF", "#GGGGGG", "#1234567", "navy"})
    void only_the_stored_form_is_a_colour(String text) {
        assertThat(HexColour.isValid(text)).isFalse();
        assertThatThrownBy(() -> HexColour.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"#1565c0, 1565C0", "#00ACC1, 00ACC1"})
    void the_digits_are_upper_case_without_the_hash(String text, String digits) {
        assertThat(HexColour.of(text).hexDigits()).isEqualTo(digits);
    }
}
