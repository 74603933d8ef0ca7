package app.coulisse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.NoGoReason;
import app.coulisse.dance.readiness.PartLine;
import app.coulisse.dance.readiness.PartsService;
import app.coulisse.schedule.ReadinessService;
import app.coulisse.schedule.SeasonReadiness;
import app.coulisse.season.SeasonService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's readiness story (record 054): one number no go for its big swan; "The Veil"'s Nymph has a ready cover. */
class DemoReadinessTest extends SpringAppTest {

    @Autowired
    ReadinessService readiness;
    @Autowired
    PartsService parts;
    @Autowired
    DanceService danceService;
    @Autowired
    SeasonService seasonService;

    private long number(String title) {
        return danceService.danceNumbers().stream().filter(n -> n.getTitle().equals(title)).findFirst()
                .map(DanceNumber::getId).orElseThrow();
    }

    @Test
    void the_corps_is_no_go_on_its_first_shoot_day_for_its_big_swan_and_the_other_numbers_have_their_parts_ready() {
        actAs("production", "PRODUCTION");
        SeasonReadiness season = readiness.readiness(seasonService.currentSeason().getNumber());
        long corps = number("Corps de Ballet in Pieces");
        SeasonReadiness.NumberDay first = season.ofNumber(corps).getFirst();
        assertThat(first.reasons())
                .contains(NoGoReason.of("dance.readiness.part-not-ready", PartLine.text("Big swan", "big-swan")));
        assertThat(season.numberDays()).filteredOn(day -> day.danceNumberId() != corps)
                .allSatisfy(day -> assertThat(day.reasons()).noneMatch(r -> r.messageKey().startsWith("dance.readiness")));
    }

    @Test
    void the_veil_principal_has_a_ready_cover() {
        actAs("production", "PRODUCTION");
        List<PartLine> veil = parts.parts(number("The Veil"));
        PartLine nymph = veil.stream().filter(p -> p.name().equals("The Nymph")).findFirst().orElseThrow();
        assertThat(nymph.coverIds()).hasSize(1);
        assertThat(nymph.isReady(nymph.coverIds().getFirst())).isTrue();
    }
}
