package app.coulisse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoDataSeederTest extends SpringAppTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    SeasonService seasonService;

    @Autowired
    CastService castService;

    @Test
    void seeding_runs_once() {
        actAs("showrunner", "SHOWRUNNER");
        List<EpisodeSummary> before = seasonService.episodeSummaries();
        int charactersBefore = castService.characters().size();

        assertThat(seeder.seedIfEmpty()).isFalse();

        assertThat(seasonService.episodeSummaries()).isEqualTo(before);
        assertThat(castService.characters()).hasSize(charactersBefore);
    }

    @Test
    void the_demo_room_has_etoile_its_principals_and_living_episodes() {
        actAs("writer", "WRITER");
        assertThat(seasonService.series().getTitle()).isEqualTo("Étoile");
        assertThat(seasonService.companies()).extracting("city").containsExactlyInAnyOrder("New York", "Paris");
        assertThat(castService.characters()).extracting(c -> c.getCastId() + " " + c.getName() + " (" + c.getPerformer() + ")")
                .contains("1 Jack McMillan (Luke Kirby)", "2 Geneviève Lavigne (Charlotte Gainsbourg)",
                        "3 Cheyenne Toussaint (Lou de Laâge)", "4 Tobias Bell (Gideon Glick)", "5 Gael (David Alvarez)");
        assertThat(seasonService.episodeSummaries()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(episode -> assertThat(episode.scenes()).isGreaterThanOrEqualTo(4));
    }
}
