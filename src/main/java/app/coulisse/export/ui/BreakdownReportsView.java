package app.coulisse.export.ui;

import app.coulisse.breakdown.BreakdownMatrix;
import app.coulisse.breakdown.ElementList;
import app.coulisse.export.BreakdownReportService;
import app.coulisse.export.report.BreakdownReport;
import app.coulisse.outline.ui.EpisodeScreen;
import app.coulisse.outline.ui.OutlineExtensions;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The breakdown reports on screen: cast × scenes and cast by song for an episode, cast ×
 * episodes for the season, and the episode's elements by category — the workbook's own figures
 * ({@link BreakdownReport}), laid out in grids.
 */
@Route("reports")
@Menu(title = "nav.reports", order = 50, icon = "vaadin:table")
@PermitAll
public class BreakdownReportsView extends VerticalLayout implements HasDynamicTitle, EpisodeScreen {

    private static final BreakdownMatrix NO_EPISODE = new BreakdownMatrix(List.of(), List.of(), List.of(), 0);

    private final transient BreakdownReportService reports;
    private final transient OutlineExtensions extensions;
    private final Select<EpisodeSummary> episode = new Select<>();
    private final HorizontalLayout episodeBar = new HorizontalLayout();
    private final MatrixGrid castByScene = new MatrixGrid("cast-by-scene");
    private final MatrixGrid castByEpisode = new MatrixGrid("cast-by-episode");
    private final MatrixGrid castBySong = new MatrixGrid("cast-by-song");
    private final Grid<ElementList.Line> elements = new Grid<>();

    public BreakdownReportsView(BreakdownReportService reports, SeasonService seasonService, OutlineExtensions extensions) {
        this.reports = reports;
        this.extensions = extensions;
        setSizeFull();
        add(new H2(getTranslation("reports.heading")));

        List<EpisodeSummary> episodes = seasonService.episodeSummaries();
        episode.setId("report-episode");
        episode.setLabel(getTranslation("reports.episode"));
        episode.setItems(episodes);
        episode.setItemLabelGenerator(e -> e.number() + " " + e.title());
        episode.addValueChangeListener(e -> showEpisode(e.getValue()));
        episodeBar.setAlignItems(Alignment.BASELINE);
        add(episodeBar);

        elements.setId("element-report");
        elements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        elements.addComponentColumn(line -> badge(line.category(), line.colour()))
                .setHeader(getTranslation("reports.category")).setKey("category").setAutoWidth(true);
        elements.addColumn(ElementList.Line::element).setHeader(getTranslation("reports.element")).setKey("element").setFlexGrow(1);
        elements.addColumn(line -> String.join(", ", line.scenes())).setHeader(getTranslation("reports.scenes"))
                .setKey("scenes").setFlexGrow(1);
        elements.addColumn(ElementList.Line::totalQuantity).setHeader(getTranslation("reports.quantity"))
                .setKey("quantity").setAutoWidth(true).setFlexGrow(0);

        TabSheet tabs = new TabSheet();
        tabs.setId("report-tabs");
        tabs.add(getTranslation("reports.cast-by-scene"), castByScene);
        tabs.add(getTranslation("reports.cast-by-episode"), castByEpisode);
        tabs.add(getTranslation("reports.cast-by-song"), castBySong);
        tabs.add(getTranslation("reports.elements"), elements);
        tabs.setSizeFull();
        addAndExpand(tabs);

        castByEpisode.show(reports.season().castByEpisodeMatrix());
        if (!episodes.isEmpty()) {
            episode.setValue(episodes.get(0));
        }
    }

    @Override
    public long shownEpisodeId() {
        return episode.getValue() == null ? -1 : episode.getValue().id();
    }

    @Override
    public void showAgain() {
        showEpisode(episode.getValue());
    }

    private void showEpisode(EpisodeSummary summary) {
        episodeBar.removeAll();
        episodeBar.add(episode);
        if (summary == null) {
            castByScene.show(NO_EPISODE);
            castBySong.show(NO_EPISODE);
            elements.setItems(List.of());
            return;
        }
        extensions.headerItems().forEach(item -> episodeBar.add(item.create(summary.id())));
        BreakdownReport report = reports.episode(summary.id());
        castByScene.show(report.castBySceneMatrix());
        castBySong.show(report.castBySongMatrix());
        elements.setItems(report.elementLines());
    }

    private static Component badge(String text, String colour) {
        Span badge = new Span(text);
        badge.addClassName("category-badge");
        badge.getStyle().set("border-left-color", colour);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
