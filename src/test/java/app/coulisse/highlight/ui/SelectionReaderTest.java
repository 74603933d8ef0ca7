package app.coulisse.highlight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.highlight.Selection;
import org.junit.jupiter.api.Test;

class SelectionReaderTest {

    @Test
    void the_browsers_report_reads_as_nothing_outside_or_a_selection() {
        assertThat(SelectionReader.parse("")).isInstanceOf(SelectionReader.Read.Nothing.class);
        assertThat(SelectionReader.parse("outside")).isInstanceOf(SelectionReader.Read.Outside.class);
        assertThat(SelectionReader.parse("4,17,3,4,17,9")).isEqualTo(
                new SelectionReader.Read.Selected(new Selection(4, 17, 3, 4, 17, 9)));
        assertThat(SelectionReader.parse("4,17,x,4,17,9")).isInstanceOf(SelectionReader.Read.Outside.class);
    }
}
