package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.SeasonService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo pilot (episode 101, unlocked, scenes in acts, entered by hand) revised from its own one-liner as a room would
 * write it: scene 3 moves to a new set, 9 is cut, a stairwell scene comes after 12, scene 5 gets longer. Issue 23.
 */
class ReviseDemoEpisodeTest extends SpringAppTest {

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;

    private long episode;
    private byte[] revision;

    @BeforeEach
    void thePilotsOneLiner() {
        actAs("writer", "WRITER");
        episode = seasonService.episodes().stream().filter(e -> e.getNumber().equals("101")).findFirst().orElseThrow()
                .getId();
        StringBuilder file = new StringBuilder();
        for (Scene scene : outlineService.scenes(episode)) {
            String number = scene.getNumber();
            if (number.equals("9")) {
                continue;
            }
            String set = number.equals("3") ? "MBT - NEW ROOM" : scene.getSet().getName();
            file.append(scene.getIntExt().heading()).append(". ").append(set).append(" - ")
                    .append(scene.getTimeOfDay().name()).append("\n\n").append(scene.getSynopsis()).append("\n\n");
            if (number.equals("5")) {
                file.append("The adagio again, and again, bar by bar.\n\n".repeat(12));
            }
            for (SceneAppearance tag : castService.sceneCast(scene.getId())) {
                if (tag.speaking()) {
                    file.append(tag.name().toUpperCase()).append("\nOne line.\n\n");
                }
            }
            if (number.equals("12")) {
                file.append("INT. MBT - STAIRWELL - NIGHT\n\nTobias runs down six floors with his suitcase.\n\n");
            }
        }
        revision = file.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_revision_commits_without_refusing_its_own_writes_and_writes_what_the_preview_said() {
        RevisionImport preview = importService.previewRevision(episode, "101-blue.fountain", revision);
        assertThat(preview.added()).extracting(RevisionImport.SceneLine::heading)
                .containsExactly("INT. MBT - NEW ROOM - NIGHT", "INT. MBT - STAIRWELL - NIGHT");

        RevisionImport done = importService.revise(episode, "101-blue.fountain", revision, false);

        assertThat(done.added()).isEqualTo(preview.added());
        assertThat(done.omitted()).isEqualTo(preview.omitted());
        assertThat(done.changed()).isEqualTo(preview.changed());
        assertThat(outlineService.sceneNumbers(episode)).hasSize(19);
        for (RevisionImport.SceneLine line : concat(preview.added(), preview.omitted(), preview.unchanged())) {
            assertThat(heading(line.number())).as("scene %s", line.number()).isEqualTo(line.heading());
        }
        for (RevisionImport.ChangedScene line : preview.changed()) {
            assertThat(heading(line.number())).as("scene %s", line.number()).isEqualTo(line.heading());
        }
    }

    @Test
    void the_new_set_of_scene_3_and_the_scene_it_omits_have_two_numbers() {
        RevisionImport preview = importService.previewRevision(episode, "101-blue.fountain", revision);

        assertThat(preview.added().getFirst()).isEqualTo(
                new RevisionImport.SceneLine("3", "INT. MBT - NEW ROOM - NIGHT", null));
        assertThat(preview.omitted()).extracting(RevisionImport.SceneLine::number, RevisionImport.SceneLine::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4", "INT. BALLET NATIONAL - TRAINING ROOM - NIGHT"),
                        org.assertj.core.groups.Tuple.tuple("10", "EXT. PARIS - OPERA HOUSE ROOF - DUSK"));
        assertThat(ReviseRealScriptTest.numbers(preview)).doesNotHaveDuplicates();
    }

    @SafeVarargs
    private static List<RevisionImport.SceneLine> concat(List<RevisionImport.SceneLine>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private String heading(String number) {
        Scene scene = outlineService.scenes(episode).stream().filter(s -> s.getNumber().equals(number)).findFirst()
                .orElseThrow();
        return scene.getIntExt().heading() + ". " + scene.getSet().getName() + " - " + scene.getTimeOfDay().name();
    }
}
