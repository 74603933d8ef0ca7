package app.coulisse.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.export.BreakdownReportService;
import app.coulisse.export.report.BreakdownReport;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The reports must not issue a statement per scene or per character (season scale: hundreds of each). */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class CastSceneMatrixStatementsTest extends SpringAppTest {

    @Autowired
    BreakdownReportService reports;

    @Autowired
    SeasonService seasonService;

    @Autowired
    OutlineService outlineService;

    @Autowired
    CastService castService;

    @Autowired
    DanceService danceService;

    @Autowired
    BreakdownService breakdownService;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Test
    void the_cast_by_scene_matrix_costs_the_same_statements_for_20_and_200_scenes() {
        actAs("writer", "WRITER");
        List<StoryCharacter> cast = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            cast.add(castService.createCharacter(new NewCharacter("Dancer " + i, 1000 + i, null, null, true,
                    CharacterCategory.DAY_PLAYER)));
        }
        DanceNumber number = danceService.create(DanceNumberDraft.titled("Scale waltz"));
        long element = breakdownService.createElement(breakdownService.categories().get(3).getId(), "Scale prop").getId();
        long small = episodeWith("901", 20, cast, number.getId(), element);
        long large = episodeWith("902", 200, cast, number.getId(), element);

        Measured smallRun = measure(small);
        Measured largeRun = measure(large);

        assertThat(smallRun.matrix().columns()).hasSize(20);
        assertThat(largeRun.matrix().columns()).hasSize(200);
        assertThat(largeRun.matrix().rows()).hasSize(80);
        // The read model's 12 reads, plus the revision marks, the current revision, the category names and who wears
        // which element (16).
        assertThat(largeRun.statements()).isEqualTo(smallRun.statements()).isLessThanOrEqualTo(16);
    }

    private long episodeWith(String number, int scenes, List<StoryCharacter> cast, long danceNumberId, long elementId) {
        long episodeId = seasonService.createEpisode(number, "Scale " + number).getId();
        for (int i = 0; i < scenes; i++) {
            Scene scene = outlineService.appendScene(episodeId, new SceneDraft(null, IntExt.INT, "SCALE SET " + (i % 7),
                    TimeOfDay.DAY, 1, 8, "Scene " + i, null, null, List.of()));
            for (int c = 0; c < 4; c++) {
                castService.tag(scene.getId(), cast.get((i * 4 + c) % cast.size()).getId(), c == 0, c % 2 == 1);
            }
            danceService.link(scene.getId(), danceNumberId, null);
            breakdownService.tagElement(scene.getId(), elementId, 2, null);
        }
        return episodeId;
    }

    private Measured measure(long episodeId) {
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        BreakdownReport report = reports.episode(episodeId);
        BreakdownMatrix matrix = report.castBySceneMatrix();
        report.castBySongMatrix();
        report.elementLines();
        return new Measured(matrix, statistics.getPrepareStatementCount());
    }

    private record Measured(BreakdownMatrix matrix, long statements) {
    }
}
