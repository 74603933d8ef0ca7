package app.coulisse.schedule.ui;

import app.coulisse.security.CurrentUser;
import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlan.BoardDay;
import app.coulisse.schedule.ProductionPlan.Strip;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ReadinessService;
import app.coulisse.schedule.SeasonReadiness;
import app.coulisse.schedule.StripRef;
import app.coulisse.schedule.StripboardService;
import app.coulisse.schedule.UssExportService;
import app.coulisse.live.ChangeBus;
import app.coulisse.live.ui.EpisodeNotices;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stripboard: every played scene of the season as a strip, in the boneyard until placed; drag strips (several
 * at once) into a unit's day, reorder them, drag them back; or select them and press Alt+M to move them to the day
 * chosen. Day banners carry the day's scenes and pages; omitted scenes leave the board and are listed as removed.
 * A move or a scene change committed elsewhere shows at once (server push), keeping what is selected.
 */
@Route("production")
@Menu(title = "nav.production", order = 70, icon = "vaadin:film")
@PermitAll
public class StripboardView extends VerticalLayout implements HasDynamicTitle {

    /** A board row: a day's banner (no strip) or one of its strips. */
    public record Row(BoardDay day, Strip strip) {

        boolean isBanner() {
            return strip == null;
        }
    }

    private final transient ProductionPlanService planService;
    private final transient StripboardService stripboardService;
    private final transient ReadinessService readinessService;
    private final int seasonNumber;
    private final boolean editable;
    private final Grid<Strip> boneyard = new Grid<>();
    private final Grid<Row> board = new Grid<>();
    private final ComboBox<String> episodeFilter = new ComboBox<>();
    private final ComboBox<String> setFilter = new ComboBox<>();
    private final ComboBox<Integer> castFilter = new ComboBox<>();
    private final ComboBox<String> danceFilter = new ComboBox<>();
    private final ComboBox<BoardDay> targetDay = new ComboBox<>();
    private final Span removed = new Span();
    private final Span warnings = new Span();
    private transient ProductionPlan plan;
    private transient Map<LocalDate, List<SeasonReadiness.NumberDay>> noGo = Map.of();
    private transient List<Strip> dragged = List.of();

    public StripboardView(ProductionPlanService planService, StripboardService stripboardService,
                          ProductionExportService exportService, UssExportService ussExport,
                          ReadinessService readinessService,
                          SeasonService seasonService, CurrentUser currentUser, ChangeBus bus) {
        this.planService = planService;
        this.stripboardService = stripboardService;
        this.readinessService = readinessService;
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        this.seasonNumber = seasonPicker.selected();
        this.editable = currentUser.canPlan();
        setSizeFull();
        configureBoneyard();
        configureBoard();
        HorizontalLayout filters = filters();
        SplitLayout split = new SplitLayout(boneyardPanel(), board);
        split.setSplitterPosition(40);
        split.setSizeFull();
        // As tall as the split (a grid alone is 400 px high), so a tall window shows more days.
        board.setHeightFull();
        removed.setId("removed-strips");
        warnings.setId("board-warnings");
        warnings.addClassName("schedule-warning");
        HorizontalLayout header = ProductionHeader.of(getTranslation("production.board.heading"), seasonPicker,
                ProductionWorkbookLink.create(exportService, seasonNumber));
        if (editable) {
            // The USS file is for the office's crew apps, as its API is (production office and showrunner).
            header.add(ProductionWorkbookLink.schedule(ussExport, seasonNumber));
        }
        add(header, filters, warnings);
        addAndExpand(split);
        add(removed);
        refresh();
        EpisodeNotices.refreshOnChangesElsewhere(this, bus, this::showChangesElsewhere);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("production.board.heading");
    }

    private VerticalLayout boneyardPanel() {
        VerticalLayout panel = new VerticalLayout(new Span(getTranslation("production.board.boneyard")), boneyard);
        panel.setPadding(false);
        panel.setSizeFull();
        panel.expand(boneyard);
        return panel;
    }

    private void configureBoneyard() {
        boneyard.setId("boneyard");
        boneyard.setSelectionMode(Grid.SelectionMode.MULTI);
        boneyard.addThemeVariants(GridVariant.LUMO_COMPACT);
        stripColumns(boneyard, strip -> strip, strip -> null);
        boneyard.setPartNameGenerator(strip -> strip.colour().partName());
        if (editable) {
            boneyard.setRowsDraggable(true);
            boneyard.addDragStartListener(event -> dragged = event.getDraggedItems().stream()
                    .filter(Objects::nonNull).toList());
            boneyard.addDragEndListener(event -> dragged = List.of());
            boneyard.setDropMode(GridDropMode.ON_GRID);
            boneyard.addDropListener(event -> moveToBoneyard(dragged.isEmpty() ? List.of() : dragged));
        }
    }

    private void configureBoard() {
        board.setId("board");
        board.setSelectionMode(Grid.SelectionMode.MULTI);
        board.addThemeVariants(GridVariant.LUMO_COMPACT);
        stripColumns(board, Row::strip, row -> row.isBanner() ? row.day() : null);
        board.setPartNameGenerator(row -> row.isBanner() ? "day-banner"
                : row.strip().colour().partName() + (row.strip().warning() ? " strip-warning" : ""));
        // Go or no go of the day's numbers (record 054): a mark on the day and each strip, the reasons on hover.
        board.addColumn(row -> noGoOf(row).isEmpty() ? readyMark(row) : NoGoText.mark(false))
                .setTooltipGenerator(row -> NoGoText.of(noGoOf(row)))
                .setHeader(getTranslation("production.readiness.board-column")).setKey("ready").setAutoWidth(true)
                .setFlexGrow(0);
        if (editable) {
            board.setRowsDraggable(true);
            board.setDragFilter(row -> !row.isBanner());
            // A row the board no longer shows (replaced by a refresh) comes as null: it is not dragged.
            board.addDragStartListener(event -> dragged = event.getDraggedItems().stream()
                    .filter(row -> row != null && !row.isBanner()).map(Row::strip).toList());
            board.addDragEndListener(event -> dragged = List.of());
            board.setDropMode(GridDropMode.BETWEEN);
            board.addDropListener(event -> event.getDropTargetItem().ifPresent(row ->
                    dropOn(row, event.getDropLocation())));
        }
    }

    /**
     * The strip columns of both grids. A day's banner reads across its row: the day in the scene column, the
     * unit, date and totals in the set column, so neither column is sized by the banner's text.
     */
    private <T> void stripColumns(Grid<T> grid, java.util.function.Function<T, Strip> strip,
                                  java.util.function.Function<T, BoardDay> banner) {
        grid.addColumn(item -> banner.apply(item) != null ? bannerDay(banner.apply(item)) : strip.apply(item).label())
                .setHeader(getTranslation("production.strip.scene")).setKey("scene").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> text(strip.apply(item), Strip::intExt)).setHeader(getTranslation("production.strip.int-ext"))
                .setKey("int-ext").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> banner.apply(item) != null ? bannerDetails(banner.apply(item))
                        : strip.apply(item).set())
                .setHeader(getTranslation("production.strip.set")).setKey("set").setWidth("12rem").setFlexGrow(2);
        // Cells wrap rather than cut: a banner keeps its date and pages, a set its whole name (issue 23).
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(item -> text(strip.apply(item), s -> getTranslation("time-of-day." + s.timeOfDay())))
                .setHeader(getTranslation("production.strip.day-night")).setKey("day-night").setAutoWidth(true);
        grid.addColumn(item -> text(strip.apply(item), s -> Eighths.format(s.eighths())))
                .setHeader(getTranslation("production.strip.pages")).setKey("pages").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> text(strip.apply(item), s -> s.castIds().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")))).setHeader(getTranslation("production.strip.cast")).setKey("cast");
        grid.addColumn(item -> text(strip.apply(item), s -> String.join(", ", s.danceTitles())
                        + (s.warning() ? " ⚠" : "")))
                .setHeader(getTranslation("production.strip.dances")).setKey("dances");
    }

    /** The numbers of a day (its banner) or of a strip that are no go that day. */
    private List<SeasonReadiness.NumberDay> noGoOf(Row row) {
        List<SeasonReadiness.NumberDay> ofDay = noGo.getOrDefault(row.day().date(), List.of());
        return row.isBanner() ? ofDay.stream().filter(d -> row.day().strips().stream()
                        .anyMatch(s -> s.danceNumberIds().contains(d.danceNumberId()))).toList()
                : ofDay.stream().filter(d -> row.strip().danceNumberIds().contains(d.danceNumberId())).toList();
    }

    /** "✓ Go" on a shoot day's strip that has numbers, or on a shoot day's banner; nothing elsewhere. */
    private static String readyMark(Row row) {
        boolean shot = row.day().type() == DayType.SHOOT && (row.isBanner()
                ? row.day().strips().stream().anyMatch(s -> !s.danceNumberIds().isEmpty())
                : !row.strip().danceNumberIds().isEmpty());
        return shot ? NoGoText.mark(true) : "";
    }

    private static String text(Strip strip, java.util.function.Function<Strip, String> field) {
        return strip == null ? "" : field.apply(strip);
    }

    /** A day in one line, as the "move to day" box lists it: "Day 1 · Paris unit · 07/09/2026 — 2 scenes, 2 pages". */
    private String banner(BoardDay day) {
        return bannerDay(day) + " · " + bannerDetails(day);
    }

    private String bannerDay(BoardDay day) {
        return day.type() == DayType.SHOOT ? getTranslation("production.banner.day", day.number())
                : getTranslation("schedule.day-type." + day.type());
    }

    private String bannerDetails(BoardDay day) {
        String date = LocalFormats.date(day.date(), getLocale());
        return day.type() == DayType.SHOOT ? getTranslation("production.banner.shoot", day.unitName(), date,
                day.strips().size(), Eighths.format(day.eighths()))
                : getTranslation("production.banner.other", day.unitName(), date);
    }

    private HorizontalLayout filters() {
        episodeFilter.setId("filter-episode");
        episodeFilter.setPlaceholder(getTranslation("production.filter.episode"));
        setFilter.setId("filter-set");
        setFilter.setPlaceholder(getTranslation("production.filter.set"));
        castFilter.setId("filter-cast");
        castFilter.setPlaceholder(getTranslation("production.filter.character"));
        danceFilter.setId("filter-dance");
        danceFilter.setPlaceholder(getTranslation("production.filter.dance"));
        for (ComboBox<?> filter : List.of(episodeFilter, setFilter, castFilter, danceFilter)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(event -> show());
        }
        HorizontalLayout filters = new HorizontalLayout(episodeFilter, setFilter, castFilter, danceFilter);
        if (editable) {
            targetDay.setId("target-day");
            targetDay.setPlaceholder(getTranslation("production.move.day"));
            targetDay.setItemLabelGenerator(this::banner);
            Button move = new Button(getTranslation("production.move.to-day"), event -> moveSelectedToDay());
            move.setId("move-to-day");
            move.addClickShortcut(Key.KEY_M, KeyModifier.ALT);
            Button back = new Button(getTranslation("production.move.to-boneyard"), event -> moveToBoneyard(
                    board.getSelectedItems().stream().filter(row -> !row.isBanner()).map(Row::strip).toList()));
            back.setId("move-to-boneyard");
            filters.add(targetDay, move, back);
        }
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void dropOn(Row row, GridDropLocation location) {
        if (dragged.isEmpty()) {
            return;
        }
        int index = row.isBanner() ? 0 : row.day().strips().indexOf(row.strip())
                + (location == GridDropLocation.BELOW ? 1 : 0);
        moveToDay(dragged, row.day(), index);
    }

    /** The keyboard way: the strips selected in the boneyard and on the board go to the end of the day chosen. */
    private void moveSelectedToDay() {
        BoardDay day = targetDay.getValue();
        List<Strip> selected = new ArrayList<>(boneyard.getSelectedItems());
        board.getSelectedItems().stream().filter(row -> !row.isBanner()).map(Row::strip).forEach(selected::add);
        if (day == null || selected.isEmpty()) {
            Notifications.error(getTranslation("production.move.choose"));
            return;
        }
        moveToDay(selected, day, -1);
    }

    private void moveToDay(Collection<Strip> strips, BoardDay day, int index) {
        act(() -> stripboardService.moveStrips(refs(strips), day.id(), index));
    }

    private void moveToBoneyard(Collection<Strip> strips) {
        if (strips.isEmpty()) {
            return;
        }
        act(() -> stripboardService.moveToBoneyard(refs(strips)));
    }

    private static List<StripRef> refs(Collection<Strip> strips) {
        return strips.stream().map(Strip::ref).toList();
    }

    /** Moves, then shows the board as it is now: after a refusal too, so the loser sees the winner's move. */
    private void act(Runnable move) {
        try {
            move.run();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale())));
        }
        refresh();
    }

    /** Someone else's committed change: the board as it is now, with the strips selected here still selected. */
    private void showChangesElsewhere() {
        Set<Long> inBoneyard = sceneIds(boneyard.getSelectedItems().stream());
        Set<Long> onBoard = sceneIds(board.getSelectedItems().stream().filter(row -> !row.isBanner()).map(Row::strip));
        refresh();
        boneyard.getListDataView().getItems().filter(strip -> inBoneyard.contains(strip.sceneId()))
                .forEach(boneyard::select);
        board.getListDataView().getItems().filter(row -> !row.isBanner() && onBoard.contains(row.strip().sceneId()))
                .forEach(board::select);
    }

    private static Set<Long> sceneIds(Stream<Strip> strips) {
        return strips.map(Strip::sceneId).collect(Collectors.toSet());
    }

    private void refresh() {
        plan = planService.plan(seasonNumber);
        noGo = readinessService.readiness(plan).noGoByDate();
        List<Strip> all = new ArrayList<>(plan.boneyard());
        all.addAll(plan.scheduled());
        keepValue(episodeFilter, all.stream().map(Strip::episodeNumber).distinct().sorted().toList());
        keepValue(setFilter, all.stream().map(Strip::set).filter(s -> !s.isEmpty()).distinct().sorted().toList());
        keepValue(castFilter, all.stream().flatMap(s -> s.castIds().stream()).distinct().sorted().toList());
        keepValue(danceFilter, all.stream().flatMap(s -> s.danceTitles().stream()).distinct().sorted().toList());
        targetDay.setItems(plan.days().stream().filter(day -> day.type().takesStrips()).toList());
        removed.setText(plan.removed().isEmpty() ? "" : getTranslation("production.board.removed",
                plan.removed().stream().map(Strip::label).collect(Collectors.joining(", "))));
        long shortNumbers = plan.rehearsals().balances().stream().filter(b -> b.isShort()).count();
        long conflicts = plan.rehearsals().warnings().stream()
                .filter(w -> w.rule() != app.coulisse.schedule.RehearsalPlan.Rule.SHOT_SHORT).count();
        warnings.setText((shortNumbers == 0 ? "" : getTranslation("production.board.short-numbers",
                plan.rehearsals().balances().stream().filter(b -> b.isShort()).map(b -> b.title())
                        .collect(Collectors.joining(", "))))
                + (conflicts == 0 ? "" : " " + getTranslation("production.board.conflicts", conflicts)));
        boneyard.deselectAll();
        board.deselectAll();
        show();
    }

    private static <T> void keepValue(ComboBox<T> filter, List<T> items) {
        T value = filter.getValue();
        filter.setItems(items);
        if (value != null && items.contains(value)) {
            filter.setValue(value);
        }
    }

    private void show() {
        Predicate<Strip> shown = strip ->
                (episodeFilter.getValue() == null || episodeFilter.getValue().equals(strip.episodeNumber()))
                && (setFilter.getValue() == null || setFilter.getValue().equals(strip.set()))
                && (castFilter.getValue() == null || strip.castIds().contains(castFilter.getValue()))
                && (danceFilter.getValue() == null || strip.danceTitles().contains(danceFilter.getValue()));
        boneyard.setItems(plan.boneyard().stream().filter(shown).toList());
        List<Row> rows = new ArrayList<>();
        for (BoardDay day : plan.days()) {
            rows.add(new Row(day, null));
            day.strips().stream().filter(shown).forEach(strip -> rows.add(new Row(day, strip)));
        }
        board.setItems(rows);
    }

    /** The plan shown (for tests and the keyboard mover). */
    ProductionPlan plan() {
        return Objects.requireNonNull(plan);
    }
}
