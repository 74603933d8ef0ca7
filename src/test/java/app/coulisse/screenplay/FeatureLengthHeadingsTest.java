package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.outline.AppendPlan;
import app.coulisse.outline.StripColour;
import app.coulisse.outline.TimeOfDay;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A feature-length script (over 190 scenes) built from heading lines as real feature scripts write them (issue 23;
 * the scripts measured are not ours to commit, record 003 gives their figures), read as Fountain and as Final Draft:
 * every scene gets the set a reader sees and the time of day the heading says, and the import warns about none.
 */
class FeatureLengthHeadingsTest {

    /** A heading as written, then the set, the time of day and the note a reader takes from it. */
    private record Line(String heading, String set, TimeOfDay time, String note) {
    }

    private static final List<Line> LINES = List.of(
            new Line("INT.  CHILD'S BEDROOM - NIGHT (1973)", "CHILD'S BEDROOM", TimeOfDay.NIGHT, "NIGHT (1973)"),
            new Line("EXT. CAMPFIRE - NIGHT (1977)", "CAMPFIRE", TimeOfDay.NIGHT, "NIGHT (1977)"),
            new Line("INT. FARMHOUSE - KITCHEN - NIGHT [FLASHBACK]", "FARMHOUSE - KITCHEN", TimeOfDay.NIGHT,
                    "NIGHT [FLASHBACK]"),
            new Line("EXT. RIVER - NIGHT - [THE STORM]", "RIVER", TimeOfDay.NIGHT, "NIGHT - [THE STORM]"),
            new Line("INT. HOSPITAL ROOM - [THE NEXT] MORNING", "HOSPITAL ROOM", TimeOfDay.MORNING,
                    "[THE NEXT] MORNING"),
            new Line("EXT. ORCHARD - EARLY MORNING", "ORCHARD", TimeOfDay.MORNING, "EARLY MORNING"),
            new Line("INT. DINER - MOMENTS LATER", "DINER", TimeOfDay.LATER, "MOMENTS LATER"),
            new Line("INT. LIVING ROOM – NIGHT", "LIVING ROOM", TimeOfDay.NIGHT, null),
            new Line("INT. LIVING ROOM — CONTINUOUS", "LIVING ROOM", TimeOfDay.CONTINUOUS, null),
            new Line("EXT/INT. SWAMP SHACK - DAY", "SWAMP SHACK", TimeOfDay.DAY, null),
            new Line("EXT./INT. CIVIC - STREETS - LATER", "CIVIC - STREETS", TimeOfDay.LATER, null),
            new Line("I/E PICKUP TRUCK - DUSK", "PICKUP TRUCK", TimeOfDay.DUSK, null),
            new Line("INT. BEDSIT- NIGHT", "BEDSIT", TimeOfDay.NIGHT, null),
            new Line("EXT. PIER - SUNSET", "PIER", TimeOfDay.DUSK, "SUNSET"),
            new Line("EXT. DESERT ROAD - SUNRISE", "DESERT ROAD", TimeOfDay.DAWN, "SUNRISE"),
            new Line("EXT. CORNFIELD - PRE-DAWN", "CORNFIELD", TimeOfDay.DAWN, "PRE-DAWN"),
            new Line("EXT. BEACH - MAGIC HOUR", "BEACH", TimeOfDay.DUSK, "MAGIC HOUR"),
            new Line("INT. TESTING CENTRE - AFTERNOON", "TESTING CENTRE", TimeOfDay.DAY, "AFTERNOON"),
            new Line("INT. CONDOMINIUM - SAME", "CONDOMINIUM", TimeOfDay.CONTINUOUS, "SAME"),
            new Line("EXT. PARKING LOT - NIGHT (SAME TIME)", "PARKING LOT", TimeOfDay.NIGHT, "NIGHT (SAME TIME)"),
            new Line("INT. BAR - LATER THAT NIGHT", "BAR", TimeOfDay.NIGHT, "LATER THAT NIGHT"),
            new Line("INT. OFFICE - SHORTLY THEREAFTER", "OFFICE", TimeOfDay.LATER, "SHORTLY THEREAFTER"),
            new Line("INT. OFFICE - 9:30 AM", "OFFICE", TimeOfDay.MORNING, "9:30 AM"),
            new Line("EXT. SKYLINE - 9:00 PM", "SKYLINE", TimeOfDay.NIGHT, "9:00 PM"),
            new Line("EXT. STREET - NIGHT - LATER", "STREET", TimeOfDay.NIGHT, "NIGHT - LATER"),
            new Line("INT. CAR - DAY [LATER]", "CAR", TimeOfDay.DAY, "DAY [LATER]"),
            new Line("INT. SCHOOL - HALLWAY - EVENING", "SCHOOL - HALLWAY", TimeOfDay.EVENING, null),
            new Line("EXT. GRAVEYARD - TWILIGHT", "GRAVEYARD", TimeOfDay.DUSK, "TWILIGHT"),
            new Line("INT. HOUSE - BASEMENT", "HOUSE - BASEMENT", null, null),
            new Line("INT. LOFT - DAY.", "LOFT", TimeOfDay.DAY, null));

    private static final int SEQUENCES = 7;

    @Test
    void a_feature_script_reads_the_sets_and_times_a_reader_sees_in_both_formats() throws Exception {
        for (Screenplay screenplay : List.of(read("feature.fountain", fountain()), read("feature.fdx", fdx()))) {
            assertThat(screenplay.scenes()).hasSize(LINES.size() * SEQUENCES);
            List<Line> read = screenplay.scenes().stream().map(scene -> new Line(scene.heading().text(),
                    scene.heading().set(), scene.heading().timeOfDay(), scene.heading().note())).toList();
            List<Line> expected = new ArrayList<>();
            for (int i = 0; i < SEQUENCES; i++) {
                expected.addAll(LINES);
            }
            assertThat(read).containsExactlyElementsOf(expected);
            assertThat(screenplay.scenes()).allSatisfy(scene -> assertThat(scene.speakingCharacters())
                    .extracting(SpeakingCharacter::name).containsExactly("WILL"));
        }
    }

    @Test
    void the_import_makes_one_set_per_place_and_schedules_night_scenes_at_night() throws Exception {
        Screenplay screenplay = read("feature.fountain", fountain());
        ImportPlan plan = ImportPlan.build(screenplay, List.of(), List.of(1), Set.of(),
                AppendPlan.of(List.of(), List.of(), false, ImportPlan.incoming(screenplay)));

        Set<String> sets = new HashSet<>();
        plan.scenes().forEach(scene -> sets.add(scene.set().toUpperCase(Locale.ROOT)));
        Set<String> placesAReaderSees = new HashSet<>();
        LINES.forEach(line -> placesAReaderSees.add(line.set()));
        assertThat(sets).isEqualTo(placesAReaderSees);

        List<StripColour> colours = StripColour.classify(plan.scenes().stream().map(scene -> new StripColour.Slot(
                "feature", scene.intExt().heading(), scene.timeOfDay().name(), false)).toList());
        long nights = colours.stream().filter(StripColour::isNight).count();
        // Per sequence: 15 night, dusk or evening headings, and the CONTINUOUS and the LATER that follow a night.
        assertThat(nights).isEqualTo(17L * SEQUENCES);
        // Only the heading without any time word is assumed DAY, and said so.
        assertThat(plan.warnings()).extracting(ParseWarning::key)
                .containsOnly("screenplay.import.warning.time-of-day-missing").hasSize(SEQUENCES);
    }

    private static Screenplay read(String name, String text) throws UnreadableScreenplayException {
        return new ScreenplayReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String fountain() {
        StringBuilder script = new StringBuilder("Title: Feature\n\n");
        for (int i = 0; i < SEQUENCES; i++) {
            for (Line line : LINES) {
                // Every other cue ends in a no-break space, as pasted from a word processor.
                script.append(line.heading()).append("\n\nHe looks around.\n\nWILL").append(i % 2 == 0 ? "" : "\u00A0")
                        .append("\nWhere are we?\n\n");
            }
        }
        return script.toString();
    }

    private static String fdx() {
        StringBuilder script = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FinalDraft "
                + "DocumentType=\"Script\" Version=\"5\"><Content>\n");
        for (int i = 0; i < SEQUENCES; i++) {
            for (Line line : LINES) {
                script.append(paragraph("Scene Heading", line.heading())).append(paragraph("Action", "He looks around."))
                        .append(paragraph("Character", i % 2 == 0 ? "WILL" : "WILL\u00A0"))
                        .append(paragraph("Dialogue", "Where are we?"));
            }
        }
        return script.append("</Content></FinalDraft>\n").toString();
    }

    private static String paragraph(String type, String text) {
        return "<Paragraph Type=\"" + type + "\"><Text>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</Text></Paragraph>\n";
    }
}
