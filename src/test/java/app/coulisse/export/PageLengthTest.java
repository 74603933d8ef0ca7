package app.coulisse.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLengthTest {

    @Test
    void lengths_print_as_pages_and_eighths() {
        assertThat(PageLength.format(3)).isEqualTo("3/8");
        assertThat(PageLength.format(16)).isEqualTo("2");
        assertThat(PageLength.format(11)).isEqualTo("1 3/8");
        assertThat(PageLength.format(12)).isEqualTo("1 4/8");
    }
}
