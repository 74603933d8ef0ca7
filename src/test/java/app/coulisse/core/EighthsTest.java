package app.coulisse.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EighthsTest {

    @ParameterizedTest
    @CsvSource({"1, 1/8", "3, 3/8", "4, 4/8", "7, 7/8", "8, 1", "11, 1 3/8", "16, 2", "17, 2 1/8", "792, 99"})
    void formats_pages_and_eighths(int eighths, String text) {
        assertThat(Eighths.format(eighths)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 3/8|11", "11/8|11", "3/8|3", "2|16", "1|8", "8/8|8", "16/8|16", "1 0/8|8", "0 3/8|3",
            "  1 3/8  |11", "1  3 / 8|11", "3 /8|3", "99|792"})
    void reads_mixed_numbers_fractions_and_whole_pages(String text, int eighths) {
        assertThat(Eighths.parse(text)).isEqualTo(eighths);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 3/8", "11/8", "3/8", "2", "17/8"})
    void every_length_reads_back_from_its_normalised_form(String text) {
        int eighths = Eighths.parse(text);
        assertThat(Eighths.parse(Eighths.format(eighths))).isEqualTo(eighths);
        assertThat(Eighths.format(Eighths.parse("11/8"))).isEqualTo("1 3/8");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_blank_length_is_required(String text) {
        assertRefused(text, "length.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0/8", "00", "0 0/8"})
    void zero_is_refused(String text) {
        assertRefused(text, "length.zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-3/8", "-1 3/8", " -2"})
    void negatives_are_refused(String text) {
        assertRefused(text, "length.negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "one page", "1 3/8 pages", "about 2", "1.5", "1,5", "3/8/8", "1 3", "/8", "3/",
            "1 - 3/8", "⅜", "1 -3/8", "1e3", "12345"})
    void garbage_is_unreadable(String text) {
        assertRefused(text, "length.unreadable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/2", "3/4", "1 1/2", "5/16", "1/0", "16/16"})
    void denominators_other_than_8_are_refused(String text) {
        assertRefused(text, "length.not-eighths");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 9/8", "1 8/8", "2 11/8"})
    void a_mixed_number_with_8_or_more_eighths_is_refused(String text) {
        assertRefused(text, "length.fraction-too-big");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "99 1/8", "793/8"})
    void lengths_beyond_99_pages_are_refused(String text) {
        assertRefused(text, "length.too-long");
    }

    private static void assertRefused(String text, String key) {
        assertThatThrownBy(() -> Eighths.parse(text)).isInstanceOf(DomainException.class).hasMessage(key);
    }

    @Test
    void lengths_print_as_pages_and_eighths() {
        assertThat(Eighths.format(3)).isEqualTo("3/8");
        assertThat(Eighths.format(16)).isEqualTo("2");
        assertThat(Eighths.format(11)).isEqualTo("1 3/8");
        assertThat(Eighths.format(12)).isEqualTo("1 4/8");
    }
}
