package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.outline.AppendPlan;
import app.coulisse.outline.Scene;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Record 038: a scene the file gives no synopsis gets its first action line, marked as from the script. */
class FirstActionLineTest {

    @Test
    void a_fountain_scene_without_a_synopsis_gets_its_first_action_line_marked_and_one_with_keeps_its_own() throws Exception {
        List<ImportPlan.Scene> scenes = plan("test.fountain", """
                INT. STUDIO - DAY

                JACK
                Again.

                Jack   *stretches*  at the barre.
                Tobias watches.

                Tobias watches.

                EXT. ROOF - NIGHT

                = Geneviève decides.

                Geneviève looks at Paris.

                INT. CORRIDOR - DAY

                JACK
                Only dialogue here.
                """);

        assertThat(scenes).extracting(ImportPlan.Scene::synopsis, ImportPlan.Scene::synopsisFromScript).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Jack stretches at the barre.", true),
                org.assertj.core.groups.Tuple.tuple("Geneviève decides.", false),
                org.assertj.core.groups.Tuple.tuple(null, false));
        assertThat(scenes.getFirst().view("1").synopsisFromScript()).isTrue();
    }

    @Test
    void an_fdx_scene_without_a_summary_gets_its_first_action_paragraph_marked() throws Exception {
        List<ImportPlan.Scene> scenes = plan("test.fdx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<FinalDraft DocumentType=\"Script\" Version=\"2\"><Content>"
                + "<Paragraph Type=\"Scene Heading\"><Text>INT. MBT - STUDIO - DAY</Text></Paragraph>"
                + "<Paragraph Type=\"Character\"><Text>CHEYENNE</Text></Paragraph>"
                + "<Paragraph Type=\"Dialogue\"><Text>Five, six.</Text></Paragraph>"
                + "<Paragraph Type=\"Action\"><Text Style=\"Bold\">Gaël</Text><Text> spins twice.</Text></Paragraph>"
                + "<Paragraph Type=\"Scene Heading\"><SceneProperties Title=\"The swap\"/>"
                + "<Text>INT. MBT - OFFICE - NIGHT</Text></Paragraph>"
                + "<Paragraph Type=\"Action\"><Text>Jack calls Paris.</Text></Paragraph>"
                + "</Content></FinalDraft>");

        assertThat(scenes).extracting(ImportPlan.Scene::synopsis, ImportPlan.Scene::synopsisFromScript).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gaël spins twice.", true),
                org.assertj.core.groups.Tuple.tuple("The swap", false));
    }

    @Test
    void a_long_first_line_is_cut_on_a_word_boundary_within_the_limit() {
        String line = "Cheyenne crosses the studio in a long diagonal of piqué turns, " .repeat(6).strip();
        String shortened = FirstActionLine.shorten(line, FirstActionLine.MAX_LENGTH);

        assertThat(shortened).hasSizeLessThanOrEqualTo(FirstActionLine.MAX_LENGTH).endsWith("…");
        assertThat(line).startsWith(shortened.substring(0, shortened.length() - 1));
        assertThat(line.charAt(shortened.length() - 1)).isIn(' ', ',');
        assertThat(FirstActionLine.MAX_LENGTH).isLessThanOrEqualTo(Scene.SYNOPSIS_MAX);
        assertThat(FirstActionLine.shorten("Short.", 160)).isEqualTo("Short.");
        // One word longer than the limit is cut inside it rather than dropped.
        assertThat(FirstActionLine.shorten("x".repeat(200), 160)).hasSize(160).endsWith("…");
    }

    private static List<ImportPlan.Scene> plan(String fileName, String text) throws Exception {
        Screenplay screenplay = new ScreenplayReader().read(fileName, text.getBytes(StandardCharsets.UTF_8));
        return ImportPlan.build(screenplay, List.of(), List.of(1, 2, 3, 4), Set.of(),
                AppendPlan.of(List.of(), List.of(), false, ImportPlan.incoming(screenplay))).scenes();
    }
}
