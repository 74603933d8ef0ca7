package app.coulisse.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.cast.AppearanceMark;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownMatrixTest {

    private static final List<BreakdownMatrix.Column> SCENES = List.of(
            new BreakdownMatrix.Column(10, "1"), new BreakdownMatrix.Column(11, "2"), new BreakdownMatrix.Column(12, "2A"));

    @Test
    void marks_say_speaking_or_not_and_add_d_for_dancing() {
        assertThat(AppearanceMark.of(true, false)).isEqualTo("S");
        assertThat(AppearanceMark.of(false, false)).isEqualTo("N");
        assertThat(AppearanceMark.of(true, true)).isEqualTo("SD");
        assertThat(AppearanceMark.of(false, true)).isEqualTo("ND");
    }

    @Test
    void rows_follow_cast_ids_and_totals_count_marks_both_ways() {
        List<BreakdownMatrix.Character> cast = List.of(
                new BreakdownMatrix.Character(7, 3, "Cheyenne"), new BreakdownMatrix.Character(5, 1, "Jack"));
        List<BreakdownMatrix.Cell> cells = List.of(
                new BreakdownMatrix.Cell(5, 10, "S"), new BreakdownMatrix.Cell(7, 11, "SD"),
                new BreakdownMatrix.Cell(5, 12, "N"), new BreakdownMatrix.Cell(7, 12, "ND"));

        BreakdownMatrix matrix = BreakdownMatrix.of(SCENES, cast, cells, BreakdownMatrix::countMarks);

        assertThat(matrix.rows()).extracting(BreakdownMatrix.Row::name).containsExactly("Jack", "Cheyenne");
        assertThat(matrix.rows().get(0).cells()).containsExactly("S", "", "N");
        assertThat(matrix.rows().get(1).cells()).containsExactly("", "SD", "ND");
        assertThat(matrix.rows()).extracting(BreakdownMatrix.Row::total).containsExactly(2, 2);
        assertThat(matrix.columnTotals()).containsExactly(1, 1, 2);
        assertThat(matrix.grandTotal()).isEqualTo(4);
    }

    @Test
    void count_cells_add_up_their_numbers() {
        List<BreakdownMatrix.Column> episodes = List.of(new BreakdownMatrix.Column(1, "101"), new BreakdownMatrix.Column(2, "102"));
        BreakdownMatrix matrix = BreakdownMatrix.of(episodes, List.of(new BreakdownMatrix.Character(5, 1, "Jack"),
                        new BreakdownMatrix.Character(6, 2, "Geneviève")),
                List.of(new BreakdownMatrix.Cell(5, 1, "3"), new BreakdownMatrix.Cell(5, 2, "4")), BreakdownMatrix::sumCounts);

        assertThat(matrix.rows().get(0).total()).isEqualTo(7);
        assertThat(matrix.rows().get(1).cells()).containsExactly("", "");
        assertThat(matrix.columnTotals()).containsExactly(3, 4);
    }

    @Test
    void cells_outside_the_columns_are_left_out() {
        BreakdownMatrix matrix = BreakdownMatrix.of(SCENES, List.of(new BreakdownMatrix.Character(5, 1, "Jack")),
                List.of(new BreakdownMatrix.Cell(5, 99, "S")), BreakdownMatrix::countMarks);

        assertThat(matrix.grandTotal()).isZero();
    }
}
