package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneFields;
import app.coulisse.season.SeasonService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Record 038: an imported scene without a synopsis gets its first action line, stored marked as from the script;
 * the mark goes when a writer edits the synopsis; a revise import lets only a still-marked synopsis follow the file.
 */
class SynopsisFromScriptTest extends SpringAppTest {

    static final String FIRST = """
            INT. ZZ STUDIO ONE - DAY

            ZEPHYRINE stretches at the barre.

            ZEPHYRINE
            One more time.

            EXT. ZZ ROOFTOP - NIGHT

            = Bartholomew says goodbye to the city.

            BARTHOLOMEW
            The city sleeps.

            INT. ZZ CORRIDOR - DAY

            Zephyrine runs down the corridor.
            """;

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    JdbcTemplate jdbc;

    private long episode;

    @BeforeEach
    void anImportedEpisode() {
        actAs("writer", "WRITER");
        episode = seasonService.createEpisode("170", "Premières lignes").getId();
        ImportResult result = importService.commit(episode, "first.fountain", bytes(FIRST), ImportMode.APPEND, Set.of());
        assertThat(result.scenes()).extracting(ImportedScene::synopsisFromScript).containsExactly(true, false, true);
    }

    @Test
    void the_first_action_line_is_stored_marked_and_the_files_own_synopsis_is_not() {
        assertThat(stored()).containsExactly("ZEPHYRINE stretches at the barre. | true",
                "Bartholomew says goodbye to the city. | false", "Zephyrine runs down the corridor. | true");
    }

    @Test
    void saving_the_scene_keeps_the_mark_until_a_writer_edits_the_synopsis() {
        Scene first = scenes().get(0);
        Scene lengthOnly = SceneFields.editableCopy(first);
        lengthOnly.setEighths(12);
        outlineService.saveScene(first.getId(), lengthOnly);
        assertThat(stored().get(0)).isEqualTo("ZEPHYRINE stretches at the barre. | true");

        Scene written = SceneFields.editableCopy(outlineService.scene(first.getId()));
        written.setSynopsis("Zephyrine warms up alone before anyone arrives.");
        outlineService.saveScene(first.getId(), written);
        assertThat(stored().get(0)).isEqualTo("Zephyrine warms up alone before anyone arrives. | false");
    }

    @Test
    void a_revise_import_moves_a_marked_synopsis_with_the_file_and_never_overwrites_the_rooms() {
        Scene corridor = scenes().get(2);
        Scene written = SceneFields.editableCopy(corridor);
        written.setSynopsis("Late again, she races the clock.");
        outlineService.saveScene(corridor.getId(), written);
        String revised = FIRST.replace("ZEPHYRINE stretches at the barre.", "ZEPHYRINE ties her ribbons.")
                .replace("Zephyrine runs down the corridor.", "Zephyrine sprints down the corridor.");

        RevisionImport preview = importService.previewRevision(episode, "revised.fountain", bytes(revised));
        assertThat(preview.changed()).hasSize(2);
        assertThat(preview.changed().get(0).fields()).contains(new RevisionImport.FieldChange("synopsis",
                "ZEPHYRINE stretches at the barre.", "ZEPHYRINE ties her ribbons."));
        assertThat(preview.changed().get(1).fields()).extracting(RevisionImport.FieldChange::field)
                .doesNotContain("synopsis");
        importService.revise(episode, "revised.fountain", bytes(revised), false);

        assertThat(stored()).containsExactly("ZEPHYRINE ties her ribbons. | true",
                "Bartholomew says goodbye to the city. | false", "Late again, she races the clock. | false");
    }

    private List<Scene> scenes() {
        return outlineService.scenes(episode);
    }

    /** Synopsis and mark as the database holds them, in episode order. */
    private List<String> stored() {
        return scenes().stream().map(scene -> jdbc.queryForObject(
                "select synopsis, synopsis_from_script from scene where id = ?",
                (row, index) -> row.getString(1) + " | " + row.getBoolean(2), scene.getId())).toList();
    }

    private static byte[] bytes(String fountain) {
        return fountain.getBytes(StandardCharsets.UTF_8);
    }
}
