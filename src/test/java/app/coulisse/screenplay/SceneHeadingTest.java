package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.outline.TimeOfDay;
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
                                                             String set, TimeOfDay timeOfDay) {
        assertThat(SceneHeading.parse(text))
                .isEqualTo(new SceneHeading(text, interiorExterior, set, timeOfDay, null));
    }

    @Test
    void a_last_part_that_is_not_a_time_of_day_stays_in_the_set() {
        SceneHeading heading = SceneHeading.parse("INT. OPÉRA DE PARIS - MAIN STAGE - REHEARSAL");
        assertThat(heading.set()).isEqualTo("OPÉRA DE PARIS - MAIN STAGE - REHEARSAL");
        assertThat(heading.timeOfDay()).isNull();
        assertThat(heading.note()).isNull();
    }

    @Test
    void a_heading_without_prefix_has_no_interior_exterior() {
        SceneHeading heading = SceneHeading.parse("MONTAGE - BOTH COMPANIES REHEARSE - DAY");
        assertThat(heading.interiorExterior()).isNull();
        assertThat(heading.set()).isEqualTo("MONTAGE - BOTH COMPANIES REHEARSE");
        assertThat(heading.timeOfDay()).isEqualTo(TimeOfDay.DAY);
    }

    @Test
    void a_time_of_day_alone_without_separator_is_a_set() {
        assertThat(SceneHeading.parse("EXT. NIGHT").set()).isEqualTo("NIGHT");
    }

    // Issue 23, cause 9: real headings annotate their time; the time word is read, the annotation kept as the note.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INT.  WILL'S BEDROOM - NIGHT (1973)          | WILL'S BEDROOM      | NIGHT      | NIGHT (1973)
            INT. BLOOM HOUSE - KITCHEN - NIGHT [FLASHBACK] | BLOOM HOUSE - KITCHEN | NIGHT  | NIGHT [FLASHBACK]
            EXT. RIVER - NIGHT - [THE STORM]             | RIVER               | NIGHT      | NIGHT - [THE STORM]
            INT. HOSPITAL ROOM - [THE NEXT] MORNING      | HOSPITAL ROOM       | MORNING    | [THE NEXT] MORNING
            EXT. FARM - EARLY MORNING                    | FARM                | MORNING    | EARLY MORNING
            INT. BAR - MOMENTS LATER                     | BAR                 | LATER      | MOMENTS LATER
            INT. BAR - LATER THAT NIGHT                  | BAR                 | NIGHT      | LATER THAT NIGHT
            EXT. PARK - NIGHT (SAME TIME)                | PARK                | NIGHT      | NIGHT (SAME TIME)
            INT. CAR - DAY [LATER]                       | CAR                 | DAY        | DAY [LATER]
            EXT. STREET - NIGHT - LATER                  | STREET              | NIGHT      | NIGHT - LATER
            EXT. STREET - CONTINUOUS - NIGHT             | STREET              | NIGHT      | CONTINUOUS - NIGHT
            INT. HOSPITAL - DAY ROOM - NIGHT             | HOSPITAL - DAY ROOM | NIGHT      | 
            INT. LOFT - DAY.                             | LOFT                | DAY        | 
            """)
    void an_annotated_time_is_read_and_its_annotation_kept(String text, String set, TimeOfDay time, String note) {
        SceneHeading heading = SceneHeading.parse(text);
        assertThat(heading.set()).isEqualTo(set);
        assertThat(heading.timeOfDay()).isEqualTo(time);
        assertThat(heading.note()).isEqualTo(note);
    }

    // Issue 23, cause 10: an en dash or an em dash between set and time is a separator, spaced or not.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            INT. LIVING ROOM – NIGHT           | LIVING ROOM          | NIGHT
            INT. LIVING ROOM — NIGHT           | LIVING ROOM          | NIGHT
            INT. LIVING ROOM—NIGHT             | LIVING ROOM          | NIGHT
            INT. HOUSE – KITCHEN – DAY         | HOUSE - KITCHEN      | DAY
            INT. JOHN'S BEDSIT- NIGHT          | JOHN'S BEDSIT        | NIGHT
            EXT. WAL-MART - PRE-DAWN           | WAL-MART             | DAWN
            INT. T-REX ZORD -- CONTINUOUS      | T-REX ZORD           | CONTINUOUS
            """)
    void dashes_of_every_width_separate_set_and_time(String text, String set, TimeOfDay time) {
        SceneHeading heading = SceneHeading.parse(text);
        assertThat(heading.set()).isEqualTo(set);
        assertThat(heading.timeOfDay()).isEqualTo(time);
    }

    // Issue 23, cause 11: both-ways prefixes in every spelling writers use.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EXT/INT. SWAMP SHACK - DAY         | INT_EXT
            EXT./INT. PORCH - NIGHT            | INT_EXT
            INT./EXT. CAR - NIGHT              | INT_EXT
            INT/EXT CAR - NIGHT                | INT_EXT
            I/E CAR - NIGHT                    | INT_EXT
            E/I. CAR - NIGHT                   | INT_EXT
            i/e. car - night                   | INT_EXT
            INT.CAR - NIGHT                    | INT
            """)
    void both_ways_prefixes_are_read_in_every_spelling(String text, InteriorExterior interiorExterior) {
        SceneHeading heading = SceneHeading.parse(text);
        assertThat(heading.interiorExterior()).isEqualTo(interiorExterior);
        assertThat(heading.set()).isEqualToIgnoringCase(text.contains("SWAMP") ? "SWAMP SHACK"
                : text.contains("PORCH") ? "PORCH" : "CAR");
        assertThat(heading.timeOfDay()).isNotNull();
    }

    @Test
    void words_that_only_start_like_a_prefix_are_not_one() {
        assertThat(SceneHeading.parse("INTERIOR DESIGN STUDIO - DAY").interiorExterior()).isNull();
        assertThat(SceneHeading.parse("E.T. LANDS - NIGHT").interiorExterior()).isNull();
        assertThat(SceneHeading.parse("I/O PORT - NIGHT").interiorExterior()).isNull();
    }

    // Issue 23, cause 12: a no-break space, a thin space or a tab is one plain space in a set.
    @Test
    void every_unicode_space_in_a_set_is_one_plain_space() {
        SceneHeading heading = SceneHeading.parse("INT.\u00A0LIVING\u2009ROOM\u00A0-\u00A0NIGHT\u00A0");
        assertThat(heading.interiorExterior()).isEqualTo(InteriorExterior.INT);
        assertThat(heading.set()).isEqualTo("LIVING ROOM");
        assertThat(heading.timeOfDay()).isEqualTo(TimeOfDay.NIGHT);
    }

    // The words real scripts use for the time, mapped by the table of record 003.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SUNSET                | DUSK
            TWILIGHT              | DUSK
            MAGIC HOUR            | DUSK
            SUNRISE               | DAWN
            PRE-DAWN              | DAWN
            AFTERNOON             | DAY
            LATE AFTERNOON        | DAY
            NOON                  | DAY
            MIDNIGHT              | NIGHT
            EVENING               | EVENING
            SAME                  | CONTINUOUS
            SAME TIME             | CONTINUOUS
            CONCURRENT            | CONTINUOUS
            SHORTLY THEREAFTER    | LATER
            A LITTLE LATER        | LATER
            MINUTES EARLIER       | LATER
            DAYS LATER            | LATER
            THE NEXT DAY          | DAY
            9:30 AM               | MORNING
            4:30AM                | NIGHT
            DAY (11.00 AM)        | DAY
            10:00 PM              | NIGHT
            6 PM                  | EVENING
            NUIT                  | NIGHT
            APRÈS-MIDI            | DAY
            CRÉPUSCULE            | DUSK
            PLUS TARD             | LATER
            """)
    void common_time_words_map_to_the_time_of_day(String time, TimeOfDay expected) {
        assertThat(SceneHeading.parse("EXT. PLAZA - " + time).timeOfDay()).isEqualTo(expected);
        assertThat(SceneHeading.parse("EXT. PLAZA - " + time).set()).isEqualTo("PLAZA");
    }
}
