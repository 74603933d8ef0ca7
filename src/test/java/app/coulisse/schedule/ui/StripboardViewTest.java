package app.coulisse.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.outline.OutlineService;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.StripboardService;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The stripboard as the production office, a writer and the showrunner use it, on the demo shoot. */
class StripboardViewTest extends KaribuTest {

    @Autowired
    ProductionPlanService plans;
    @Autowired
    StripboardService stripboard;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    ShootDayService shootDays;

    private int season() {
        return seasonService.currentSeason().getNumber();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProductionPlan.Strip> boneyard() {
        return _get(Grid.class, spec -> spec.withId("boneyard"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<StripboardView.Row> board() {
        return _get(Grid.class, spec -> spec.withId("board"));
    }

    @SuppressWarnings("unchecked")
    private static void chooseDay(ProductionPlan.BoardDay day) {
        ComboBox<ProductionPlan.BoardDay> target = _get(ComboBox.class, spec -> spec.withId("target-day"));
        _setValue(target, day);
    }

    @Test
    void the_demo_board_mixes_both_episodes_in_days_with_banners_in_eighths() {
        loginAs("production");
        UI.getCurrent().navigate("production");
        ProductionPlan plan = plans.plan(season());
        assertThat(plan.units()).extracting(ProductionPlan.Unit::name).contains("Paris unit", "New York unit");
        assertThat(plan.days().stream().filter(d -> d.number() > 0)).hasSize(12);
        assertThat(plan.scheduled().stream().map(ProductionPlan.Strip::episodeNumber).distinct()).hasSize(2);
        assertThat(plan.days().stream().anyMatch(d -> d.strips().stream()
                .map(ProductionPlan.Strip::episodeNumber).distinct().count() > 1)).as("a cross-boarded day").isTrue();
        ProductionPlan.BoardDay first = plan.days().stream().filter(d -> d.number() == 1).findFirst().orElseThrow();
        List<String> bannerRow = GridKt._getFormattedRow(board(), 0);
        assertThat(bannerRow.getFirst()).as("the day in the scene column").isEqualTo("Day 1");
        String banner = bannerRow.getFirst() + " · " + bannerRow.get(2);
        assertThat(banner).startsWith("Day 1 · " + first.unitName())
                .endsWith(first.strips().size() + " scenes, " + app.coulisse.core.Eighths.format(first.eighths())
                        + " pages");
        assertThat(GridKt._size(board())).isEqualTo(plan.days().size() + plan.scheduled().size());
        // The short-rehearsed number is flagged on the board.
        assertThat(_get(Span.class, spec -> spec.withId("board-warnings")).getText()).startsWith("Shot before");
    }

    @Test
    void the_office_moves_several_strips_into_a_day_with_the_keyboard_and_back() {
        loginAs("production");
        UI.getCurrent().navigate("production");
        ProductionPlan before = plans.plan(season());
        Grid<ProductionPlan.Strip> boneyard = boneyard();
        int waiting = GridKt._size(boneyard);
        ProductionPlan.Strip one = GridKt._get(boneyard, 0);
        ProductionPlan.Strip two = GridKt._get(boneyard, 1);
        boneyard.select(one);
        boneyard.select(two);
        ProductionPlan.BoardDay day = before.days().stream().filter(d -> d.number() == 2).findFirst().orElseThrow();
        chooseDay(day);
        _click(_get(Button.class, spec -> spec.withId("move-to-day")));

        assertThat(GridKt._size(boneyard())).isEqualTo(waiting - 2);
        ProductionPlan.BoardDay after = plans.plan(season()).days().stream().filter(d -> d.id() == day.id())
                .findFirst().orElseThrow();
        assertThat(after.strips()).extracting(ProductionPlan.Strip::sceneId).endsWith(one.sceneId(), two.sceneId());

        Grid<StripboardView.Row> board = board();
        for (int i = 0; i < GridKt._size(board); i++) {
            StripboardView.Row row = GridKt._get(board, i);
            if (row.strip() != null && row.strip().sceneId() == one.sceneId()) {
                board.select(row);
            }
        }
        _click(_get(Button.class, spec -> spec.withId("move-to-boneyard")));
        assertThat(GridKt._size(boneyard())).isEqualTo(waiting - 1);
    }

    @Test
    void a_strip_moved_meanwhile_by_someone_else_is_refused_and_the_board_shows_where_it_is() {
        loginAs("production");
        UI.getCurrent().navigate("production");
        ProductionPlan plan = plans.plan(season());
        ProductionPlan.Strip strip = GridKt._get(boneyard(), 0);
        boneyard().select(strip);
        ProductionPlan.BoardDay mine = plan.days().stream().filter(d -> d.number() == 3).findFirst().orElseThrow();
        ProductionPlan.BoardDay theirs = plan.days().stream().filter(d -> d.number() == 4).findFirst().orElseThrow();
        // The other person, on their own screen, moves the strip first.
        stripboard.moveStrips(List.of(strip.ref()), theirs.id(), -1);

        chooseDay(mine);
        _click(_get(Button.class, spec -> spec.withId("move-to-day")));

        expectNotifications("Someone else moved this strip a moment ago; the board now shows where it is.");
        assertThat(GridKt._size(boneyard())).isEqualTo(plan.boneyard().size() - 1);
        ProductionPlan now = plans.plan(season());
        assertThat(now.days().stream().filter(d -> d.id() == theirs.id()).findFirst().orElseThrow().strips())
                .extracting(ProductionPlan.Strip::sceneId).contains(strip.sceneId());
    }

    @Test
    void a_strip_dropped_on_an_off_day_is_refused_with_a_translated_message() {
        loginAs("production");
        UI.getCurrent().navigate("production/days");
        ProductionPlan plan = plans.plan(season());
        ProductionPlan.BoardDay travel = plan.days().stream().filter(d -> !d.type().takesStrips()).findFirst()
                .orElseThrow();
        ProductionPlan.Strip strip = plan.boneyard().getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stripboard.moveStrips(List.of(strip.ref()), travel.id(), -1))
                .isInstanceOfSatisfying(app.coulisse.core.DomainException.class, refused -> assertThat(UI.getCurrent()
                        .getTranslation(refused.getMessageKey(), refused.getArguments()))
                        .isEqualTo("The day of " + travel.date() + " is not a shoot day: strips go into shoot days only."));
        assertThat(plans.plan(season()).boneyard()).hasSize(plan.boneyard().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void deleting_a_day_with_strips_asks_with_their_count_then_sends_them_to_the_boneyard() {
        loginAs("production");
        UI.getCurrent().navigate("production/days");
        ProductionPlan plan = plans.plan(season());
        ProductionPlan.BoardDay day = plan.days().stream().filter(d -> d.strips().size() > 1).findFirst().orElseThrow();
        Grid<ProductionPlan.BoardDay> days = _get(Grid.class, spec -> spec.withId("days"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(days))
                .filter(i -> GridKt._get(days, i).id() == day.id()).findFirst().orElseThrow();
        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(days, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("delete-day-" + day.id())));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-day"));
        assertThat(_getText(confirm)).isEqualTo("This day holds " + day.strips().size()
                + " strips; they go back to the boneyard.");
        _fireConfirm(confirm);
        assertThat(plans.plan(season()).boneyard()).hasSize(plan.boneyard().size() + day.strips().size());
        assertThat(plans.plan(season()).days()).hasSize(plan.days().size() - 1);
    }

    @Test
    void an_omitted_scene_leaves_the_board_and_is_listed_as_removed() {
        loginAs("writer");
        ProductionPlan.Strip placed = plans.plan(season()).scheduled().getFirst();
        outlineService.omitScene(placed.sceneId());
        UI.getCurrent().navigate("production");
        assertThat(_get(Span.class, spec -> spec.withId("removed-strips")).getText())
                .isEqualTo("Removed from the board (omitted scenes): " + placed.label());
        assertThat(plans.plan(season()).scheduled()).extracting(ProductionPlan.Strip::sceneId)
                .doesNotContain(placed.sceneId());
    }

    @Test
    void writers_read_the_board_without_moving_anything() {
        loginAs("writer");
        UI.getCurrent().navigate("production");
        assertThat(GridKt._size(board())).isPositive();
        _assertNone(Button.class, spec -> spec.withId("move-to-day"));
        _assertNone(Button.class, spec -> spec.withId("move-to-boneyard"));
        assertThat(board().isRowsDraggable()).isFalse();
        UI.getCurrent().navigate("production/days");
        _assertNone(Button.class, spec -> spec.withId("add-unit"));
        UI.getCurrent().navigate("production/rehearsals");
        _assertNone(Button.class, spec -> spec.withId("add-call"));
    }

    @Test
    void the_office_downloads_the_production_workbook_from_the_board() throws Exception {
        loginAs("production");
        UI.getCurrent().navigate("production");
        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-production-workbook")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3)))
                    .containsExactly("Shooting schedule", "Day out of days", "Rehearsals", "Shoes and costumes");
        }
    }

    @Test
    void the_office_downloads_the_uss_schedule_from_the_board_and_a_writer_has_no_link() throws Exception {
        loginAs("production");
        UI.getCurrent().navigate("production");
        String json = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-uss"))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(app.coulisse.schedule.UssSchema.problems(json)).isEmpty();
        assertThat(json).contains("\"ussVersion\":\"1.0.0\"", "Paris unit");
        loginAs("writer");
        UI.getCurrent().navigate("production");
        _assertNone(Anchor.class, spec -> spec.withId("download-uss"));
    }

    /** What the browser sends when a drag starts: the keys of the rows dragged, as the board last sent them. */
    private static <T> void dragStart(Grid<T> grid, String... keys) {
        ArrayNode items = JacksonUtils.createArrayNode();
        for (String key : keys) {
            items.add(JacksonUtils.createObjectNode().put("key", key));
        }
        ObjectNode detail = JacksonUtils.createObjectNode();
        detail.set("draggedItems", items);
        ComponentUtil.fireEvent(grid, new GridDragStartEvent<>(grid, true, detail));
    }

    /** What the browser sends on a drop: the key of the row dropped on and where. */
    private static <T> void drop(Grid<T> grid, T target, GridDropLocation location) {
        ObjectNode item = JacksonUtils.createObjectNode().put("key", grid.getDataCommunicator().getKeyMapper().key(target));
        ComponentUtil.fireEvent(grid, new GridDropEvent<>(grid, true, item, location.getClientName(),
                JacksonUtils.createArrayNode()));
    }

    private static String keyOf(Grid<ProductionPlan.Strip> grid, ProductionPlan.Strip strip) {
        return grid.getDataCommunicator().getKeyMapper().key(strip);
    }

    @Test
    void a_drag_of_rows_the_board_no_longer_has_moves_nothing_and_raises_nothing() {
        loginAs("production");
        UI.getCurrent().navigate("production");
        ProductionPlan plan = plans.plan(season());
        StripboardView.Row banner = GridKt._get(board(), 0);

        // Keys of rows a refresh replaced: the grid hands them over as nulls.
        dragStart(board(), "a-row-replaced-by-a-refresh");
        drop(board(), banner, GridDropLocation.BELOW);
        dragStart(boneyard(), "another-row-replaced-by-a-refresh");
        drop(board(), banner, GridDropLocation.BELOW);

        ProductionPlan after = plans.plan(season());
        assertThat(after.boneyard()).isEqualTo(plan.boneyard());
        assertThat(after.scheduled()).isEqualTo(plan.scheduled());
    }

    @Test
    void a_drop_on_a_day_deleted_meanwhile_is_refused_with_a_translated_message() {
        loginAs("production");
        UI.getCurrent().navigate("production");
        ProductionPlan plan = plans.plan(season());
        StripboardView.Row banner = GridKt._get(board(), 0);
        ProductionPlan.Strip strip = GridKt._get(boneyard(), 0);
        // The other person deletes the day while this board still shows it.
        shootDays.deleteDay(banner.day().id());

        dragStart(boneyard(), keyOf(boneyard(), strip));
        drop(board(), banner, GridDropLocation.BELOW);

        expectNotifications("This day no longer exists.");
        assertThat(plans.plan(season()).boneyard()).extracting(ProductionPlan.Strip::sceneId)
                .contains(strip.sceneId());
        assertThat(GridKt._size(board())).as("the board as it is now").isLessThan(plan.days().size()
                + plan.scheduled().size());
    }
}
