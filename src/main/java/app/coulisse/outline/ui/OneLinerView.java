package app.coulisse.outline.ui;

import app.coulisse.core.Eighths;
import app.coulisse.outline.EpisodeBoard;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneBadges;
import app.coulisse.ui.IconButton;
import app.coulisse.outline.SceneTagIndex;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.Storyline;
import app.coulisse.outline.StripColour;
import app.coulisse.season.EpisodeLock;
import app.coulisse.season.SeasonService;
import app.coulisse.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one-liner: the episode's scenes one per row, in the board's order, coloured as strips by
 * INT/EXT and day or night from the series palette; filters by storyline and by text; a footer
 * with the scene count and total pages of what is shown. An episode holds at most a few hundred
 * scenes, so the rows are held in memory.
 */
@Route("episodes/:" + OutlineNavigation.EPISODE_ID + OutlineNavigation.ID_PATTERN + "/one-liner")
@PermitAll
public class OneLinerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, EpisodeScreen {

    private final transient OutlineService outlineService;
    private final transient SeasonService seasonService;
    private final transient OutlineExtensions extensions;
    private final Map<SceneBadges, Map<Long, String>> badgeTexts = new HashMap<>();
    private final Map<SceneBadges, Map<Long, String>> badgeFills = new HashMap<>();
    /** A filled badge's column (the revision) shows once a scene of the episode carries the badge. */
    private final Map<SceneBadges, Grid.Column<Scene>> filledColumns = new HashMap<>();
    private final SceneFilters filters;
    private final boolean isShowrunner;
    private final boolean roleCanEdit;
    private final transient StoryCatalogService catalog;
    private final Map<SceneTagIndex, ComboBox<String>> tagFilters = new LinkedHashMap<>();
    private final Map<SceneTagIndex, Map<String, Set<Long>>> tagScenes = new HashMap<>();
    private Scene focused;
    private final Grid<Scene> grid = new Grid<>();
    /** The rows, kept by the grid across refreshes (a new data provider would reset the grid). */
    private final ListDataProvider<Scene> rows = new ListDataProvider<>(new ArrayList<>());
    private EpisodeHeader header;
    private final MultiSelectComboBox<Storyline> storylineFilter = new MultiSelectComboBox<>();
    private final TextField textFilter = new TextField();
    private final Map<Long, StripColour> colours = new HashMap<>();
    private Grid.Column<Scene> sceneColumn;
    private Grid.Column<Scene> pagesColumn;
    private long episodeId;
    private transient EpisodeBoard board;

    public OneLinerView(OutlineService outlineService, SeasonService seasonService, OutlineExtensions extensions,
                        CurrentUser currentUser, StoryCatalogService catalog) {
        this.outlineService = outlineService;
        this.seasonService = seasonService;
        this.extensions = extensions;
        this.isShowrunner = currentUser.isShowrunner();
        this.filters = new SceneFilters(extensions.filters(), this::applyFilters);
        this.roleCanEdit = currentUser.canEdit();
        this.catalog = catalog;
        setSizeFull();
        buildGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        episodeId = event.getRouteParameters().getLong(OutlineNavigation.EPISODE_ID).orElse(-1L);
        render();
    }

    @Override
    public String getPageTitle() {
        return board == null ? getTranslation("outline.one-liner")
                : getTranslation("outline.one-liner.title", board.episode().getNumber());
    }

    private void buildGrid() {
        grid.setId("one-liner");
        grid.setItems(rows);
        sceneColumn = grid.addColumn(scene -> scene.isOmitted()
                        ? getTranslation("scene.omitted-number", scene.getNumber()) : scene.getNumber())
                .setHeader(getTranslation("scene.number")).setKey("scene").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingInt(Scene::getPosition));
        for (SceneLink link : extensions.sceneLinks()) {
            grid.addComponentColumn(scene -> new IconButton(link.icon(), link.labelKey(),
                            "scene-" + scene.getId() + "-" + link.idPart(), () -> link.open(episodeId, scene.getId())))
                    .setKey(link.idPart()).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(scene -> scene.getIntExt().heading()).setHeader(getTranslation("scene.int-ext.short"))
                .setKey("intExt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(scene -> scene.getSet() == null ? "" : scene.getSet().getName())
                .setHeader(getTranslation("scene.set")).setKey("set").setAutoWidth(true)
                .setComparator(Comparator.comparing(scene -> scene.getSet() == null ? "" : scene.getSet().getName()));
        grid.addColumn(scene -> getTranslation("time-of-day." + scene.getTimeOfDay().name()))
                .setHeader(getTranslation("scene.time-of-day.short")).setKey("time").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(Scene::getTimeOfDay));
        grid.addColumn(scene -> scene.getStoryDay() == null ? "" : String.valueOf(scene.getStoryDay()))
                .setHeader(getTranslation("scene.story-day.short")).setKey("storyDay").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(Scene::getStoryDay, Comparator.nullsLast(Comparator.naturalOrder())));
        pagesColumn = grid.addColumn(scene -> Eighths.format(scene.getEighths()))
                .setHeader(getTranslation("scene.pages")).setKey("pages").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparingInt(Scene::getEighths));
        for (SceneBadges badge : extensions.badges()) {
            if (!badge.onOneLiner()) {
                continue;
            }
            Grid.Column<Scene> column = badge.filled() ? grid.addComponentColumn(scene -> filledBadge(badge, scene))
                    : grid.addColumn(scene -> badgeTexts.getOrDefault(badge, Map.of()).getOrDefault(scene.getId(), ""));
            column.setHeader(getTranslation(badge.headerKey())).setKey(badge.styleName()).setAutoWidth(true)
                    .setComparator(scene -> badgeTexts.getOrDefault(badge, Map.of()).getOrDefault(scene.getId(), ""));
            if (badge.filled()) {
                filledColumns.put(badge, column);
            }
        }
        ScriptSynopsis.mark(grid.addColumn(scene -> scene.getSynopsis() == null ? "" : scene.getSynopsis())
                .setHeader(getTranslation("scene.synopsis")).setKey("synopsis").setFlexGrow(1), grid);
        grid.setPartNameGenerator(scene -> scene.isOmitted() ? "strip-omitted" : colours.get(scene.getId()).partName());
        grid.appendFooterRow();
        // Enter on the row last clicked or focused, or a double click, opens the scene.
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.addCellFocusListener(event -> event.getItem().ifPresent(scene -> focused = scene));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(scene -> focused = scene));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                open(focused);
            }
        }, Key.ENTER).listenOn(grid);
        for (SceneTagIndex index : extensions.tagIndexes()) {
            if (index.filterable()) {
                ComboBox<String> filter = new ComboBox<>();
                filter.setId("filter-" + index.headerKey().replace('.', '-'));
                filter.setPlaceholder(getTranslation(index.headerKey()));
                filter.setAriaLabel(getTranslation(index.headerKey()));
                filter.setClearButtonVisible(true);
                filter.addValueChangeListener(event -> applyFilters());
                tagFilters.put(index, filter);
            }
        }

        storylineFilter.setId("filter-storylines");
        storylineFilter.setPlaceholder(getTranslation("filter.storylines"));
        storylineFilter.setAriaLabel(getTranslation("filter.storylines"));
        storylineFilter.setItemLabelGenerator(storyline -> storyline.getLabel() + " — " + storyline.getName());
        storylineFilter.addValueChangeListener(event -> applyFilters());
        textFilter.setId("filter-text");
        textFilter.setPlaceholder(getTranslation("filter.text"));
        textFilter.setAriaLabel(getTranslation("filter.text"));
        textFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        textFilter.setClearButtonVisible(true);
        textFilter.setValueChangeMode(ValueChangeMode.LAZY);
        textFilter.addValueChangeListener(event -> applyFilters());
    }

    @Override
    public long shownEpisodeId() {
        return episodeId;
    }

    @Override
    public void showAgain() {
        render();
    }

    /**
     * Reads the episode again and shows it in place: the rows are replaced in the grid's own data provider and
     * refreshed, the header updated; the grid, the filters and their values, the scroll and the focus stay.
     */
    private void render() {
        board = outlineService.board(episodeId);
        extensions.badges().forEach(badge -> BadgeReading.read(badge, episodeId, getLocale(), badgeTexts, badgeFills));
        filledColumns.forEach((badge, column) -> column.setVisible(!badgeTexts.getOrDefault(badge, Map.of()).isEmpty()));
        filters.read(episodeId);
        colours.clear();
        List<StripColour> strip = StripColour.of(board.scenes());
        for (int i = 0; i < board.scenes().size(); i++) {
            colours.put(board.scenes().get(i).getId(), strip.get(i));
        }
        for (StripColour colour : StripColour.values()) {
            grid.getStyle().set("--" + colour.partName(), colour.in(board.series()));
        }
        rows.getItems().clear();
        rows.getItems().addAll(board.scenes());
        rows.refreshAll();
        storylineFilter.setItems(board.storylines());
        tagFilters.forEach((index, filter) -> {
            Map<String, Set<Long>> scenes = index.scenesByTag(episodeId, getLocale());
            tagScenes.put(index, scenes);
            filter.setItems(scenes.keySet());
        });
        applyFilters();
        if (header == null) {
            header = new EpisodeHeader(board.episode(), extensions.headerItems());
            add(header, toolbar());
            addAndExpand(grid);
        } else {
            header.show(board.episode());
        }
    }

    /** The filters, and the palette for the showrunner: made once, kept across refreshes with their values. */
    private HorizontalLayout toolbar() {
        HorizontalLayout filters = new HorizontalLayout(storylineFilter, textFilter);
        tagFilters.values().forEach(filters::add);
        filters.add(this.filters.checkboxes());
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("page-toolbar");
        if (isShowrunner) {
            Button palette = new Button(getTranslation("strip.palette"), VaadinIcon.PALETTE.create(),
                    event -> new StripPaletteDialog(seasonService, board.series(), this::render).open());
            palette.setId("strip-palette");
            filters.add(palette);
        }
        return filters;
    }

    private void applyFilters() {
        Set<Storyline> storylines = storylineFilter.getValue();
        String text = textFilter.getValue().trim().toLowerCase(Locale.ROOT);
        rows.setFilter(scene -> (storylines.isEmpty() || scene.getStorylines().stream().anyMatch(storylines::contains))
                && (text.isEmpty() || matches(scene, text)) && carriesChosenTags(scene) && filters.keeps(scene.getId()));
        List<Scene> shown = rows.getItems().stream().filter(scene -> rows.getFilter().test(scene)).toList();
        int eighths = shown.stream().filter(scene -> !scene.isOmitted()).mapToInt(Scene::getEighths).sum();
        long count = shown.stream().filter(scene -> !scene.isOmitted()).count();
        FooterRow footer = grid.getFooterRows().get(0);
        footer.getCell(sceneColumn).setText(getTranslation("one-liner.scene-count", count));
        footer.getCell(pagesColumn).setText(Eighths.format(eighths));
    }

    /** A filled badge's cell: its text on its fill (a revision's name on its colour), empty for a scene without. */
    private Span filledBadge(SceneBadges badge, Scene scene) {
        String text = badgeTexts.getOrDefault(badge, Map.of()).get(scene.getId());
        if (text == null) {
            return new Span();
        }
        Span span = new Span(text);
        span.addClassName(badge.styleName());
        span.getElement().setAttribute("title", getTranslation(badge.headerKey()));
        BadgeFill.apply(span, badgeFills.getOrDefault(badge, Map.of()).get(scene.getId()));
        return span;
    }

    private boolean carriesChosenTags(Scene scene) {
        return tagFilters.entrySet().stream().allMatch(entry -> entry.getValue().getValue() == null
                || tagScenes.getOrDefault(entry.getKey(), Map.of()).getOrDefault(entry.getValue().getValue(), Set.of())
                .contains(scene.getId()));
    }

    /** Opens a scene in the editor, with the other features' sections; read-only for production or a LOCKED episode. */
    private void open(Scene scene) {
        boolean editable = roleCanEdit && EpisodeLock.allowsChanges(board.episode(), isShowrunner);
        SceneEditor editor = SceneEditor.forScene(outlineService, catalog, board, scene, editable);
        editor.addSections(extensions.editorSections());
        editor.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                render();
            }
        });
        editor.open();
    }

    private static boolean matches(Scene scene, String text) {
        return contains(scene.getNumber(), text) || contains(scene.getSynopsis(), text) || contains(scene.getNotes(), text)
                || (scene.getSet() != null && contains(scene.getSet().getName(), text));
    }

    private static boolean contains(String field, String text) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text);
    }
}
