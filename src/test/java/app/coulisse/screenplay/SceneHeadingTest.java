package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneHeadingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INT. MBT - JACK'S OFFICE - DAY                   | INT     | MBT - JACK'S OFFICE             | DAY
            EXT. PARIS - OPERA HOUSE ROOF - DUSK             | EXT     | PARIS - OPERA HOUSE ROOF        | DUSK
            EST. PARIS SKYLINE - DAWN                        | EXT     | PARIS SKYLINE                   | DAWN
            INT./EXT. LINCOLN CENTER - HALLWAY - CONTINUOUS  | INT_EXT | LINCOLN CENTER - HALLWAY        | CONTINUOUS
            INT/EXT. CAB - NIGHT                             | INT_EXT | CAB                             | NIGHT
            I/E CAB - later                                  | INT_EXT | CAB                             | LATER
            int. ballet national - training room - evening   | INT     | ballet national - training room | EVENING
            INT. STAGE 4 - MORNING                           | INT     | STAGE 4                         | MORNING
            """)
    void headings_split_into_interior_exterior_set_and_time(String text, InteriorExterior interiorExterior,
                                                             String set, String timeOfDay) {
        assertThat(SceneHeading.parse(text))
                .isEqualTo(new SceneHeading(text, interiorExterior, set, timeOfDay));
    }

    @Test
    void a_last_part_that_is_not_a_time_of_day_stays_in_the_set() {
        SceneHeading heading = SceneHeading.parse("INT. OPÉRA DE PARIS - MAIN STAGE - REHEARSAL");
        assertThat(heading.set()).isEqualTo("OPÉRA DE PARIS - MAIN STAGE - REHEARSAL");
        assertThat(heading.timeOfDay()).isNull();
    }

    @Test
    void a_heading_without_prefix_has_no_interior_exterior() {
        SceneHeading heading = SceneHeading.parse("MONTAGE - BOTH COMPANIES REHEARSE - DAY");
        assertThat(heading.interiorExterior()).isNull();
        assertThat(heading.set()).isEqualTo("MONTAGE - BOTH COMPANIES REHEARSE");
        assertThat(heading.timeOfDay()).isEqualTo("DAY");
    }

    @Test
    void a_time_of_day_alone_without_separator_is_a_set() {
        assertThat(SceneHeading.parse("EXT. NIGHT").set()).isEqualTo("NIGHT");
    }
}
