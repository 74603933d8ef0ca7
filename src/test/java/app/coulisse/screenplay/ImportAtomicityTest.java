package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.ServerTest;
import app.coulisse.outline.OutlineService;
import app.coulisse.season.SeasonService;
import app.coulisse.security.SystemAuthentication;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "A failed import changes nothing", proven with real commits: the server test's database is not rolled back per
 * test, so what the import's own transaction wrote would stay if it were not atomic.
 */
class ImportAtomicityTest extends ServerTest {

    private static final String FILE = """
            # ACT OF FAILURE

            INT. STUDIO - DAY #1#

            ZELDA ATOMIC
            This scene is written.

            INT. STUDIO - NIGHT #2#

            = Refused by the test database.

            ZELDA ATOMIC
            This one makes the database refuse.
            """;

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_failure_after_some_rows_were_written_rolls_all_of_them_back() {
        // A new episode without its default acts, so the import's own act is among what must be rolled back.
        long episode = SystemAuthentication.asShowrunner(() -> {
            long created = seasonService.createEpisode("190", "Atomic").getId();
            outlineService.board(created).acts().forEach(act -> outlineService.removeAct(act.getId()));
            return created;
        });
        long charactersBefore = count("select count(*) from story_character");
        // A database rule the import does not know about, hit by the second scene only (after the act, the new
        // character and the first scene were written).
        jdbc.execute("alter table scene add constraint test_refuse_scene_synopsis"
                + " check (synopsis is null or synopsis <> 'Refused by the test database.')");
        try {
            assertThatThrownBy(() -> SystemAuthentication.asShowrunner(() -> importService.commit(episode,
                    "atomic.fountain", FILE.getBytes(StandardCharsets.UTF_8), ImportMode.APPEND, Set.of())))
                    .isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("alter table scene drop constraint test_refuse_scene_synopsis");
        }

        assertThat(count("select count(*) from scene where episode_id = " + episode)).isZero();
        assertThat(count("select count(*) from act where episode_id = " + episode)).isZero();
        assertThat(count("select count(*) from story_character")).isEqualTo(charactersBefore);
        assertThat(count("select count(*) from story_character where name = 'Zelda Atomic'")).isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
