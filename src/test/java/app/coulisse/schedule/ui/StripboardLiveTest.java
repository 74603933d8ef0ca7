package app.coulisse.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An open stripboard while someone else moves a strip: the move shows without a reload, through the push queue, and
 * what was selected here stays selected. Moves commit for real here (no test transaction): the test moves the strip
 * back to the boneyard afterwards.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StripboardLiveTest extends KaribuTest {

    @Autowired
    ProductionPlanService plans;
    @Autowired
    StripboardService stripboard;
    @Autowired
    SeasonService seasonService;

    private Authentication office;
    private long movedScene = -1;

    @SuppressWarnings("unchecked")
    private static Grid<ProductionPlan.Strip> boneyard() {
        return _get(Grid.class, spec -> spec.withId("boneyard"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<StripboardView.Row> board() {
        return _get(Grid.class, spec -> spec.withId("board"));
    }

    private ProductionPlan plan() {
        return plans.plan(seasonService.currentSeason().getNumber());
    }

    /** Another person's request: another thread, no screen of this tab, their own login. */
    private void elsewhere(Runnable work) throws Exception {
        CompletableFuture.runAsync(() -> {
            SecurityContextHolder.getContext().setAuthentication(office);
            try {
                work.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }).get();
    }

    /** Runs what server push would send to this tab until the condition holds, for at most five seconds. */
    private static boolean pushedUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        do {
            MockVaadin.runUIQueue(true, VaadinSession.getCurrent());
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static boolean boardShows(long sceneId) {
        Grid<StripboardView.Row> board = board();
        return IntStream.range(0, GridKt._size(board)).mapToObj(i -> GridKt._get(board, i))
                .anyMatch(row -> row.strip() != null && row.strip().sceneId() == sceneId);
    }

    @Test
    void a_strip_someone_else_moves_shows_on_an_open_board_and_the_selection_stays() throws Exception {
        loginAs("production");
        office = SecurityContextHolder.getContext().getAuthentication();
        UI.getCurrent().navigate("production");
        ProductionPlan plan = plan();
        ProductionPlan.Strip theirs = plan.boneyard().get(0);
        ProductionPlan.Strip mine = plan.boneyard().get(1);
        ProductionPlan.BoardDay day = plan.days().stream().filter(d -> d.number() == 1).findFirst().orElseThrow();
        boneyard().select(mine);
        assertThat(boardShows(theirs.sceneId())).isFalse();

        movedScene = theirs.sceneId();
        elsewhere(() -> stripboard.moveStrips(List.of(theirs.ref()), day.id(), -1));

        assertThat(pushedUntil(() -> boardShows(theirs.sceneId()))).as("pushed to the open board").isTrue();
        assertThat(GridKt._size(boneyard())).isEqualTo(plan.boneyard().size() - 1);
        assertThat(boneyard().getSelectedItems()).extracting(ProductionPlan.Strip::sceneId)
                .containsExactly(mine.sceneId());
    }

    @AfterEach
    void putTheStripBack() throws Exception {
        if (movedScene < 0) {
            return;
        }
        ProductionPlan.Strip placed = plan().scheduled().stream().filter(s -> s.sceneId() == movedScene)
                .findFirst().orElseThrow();
        elsewhere(() -> stripboard.moveToBoneyard(List.of(placed.ref())));
    }
}
