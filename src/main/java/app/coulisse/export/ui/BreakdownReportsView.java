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
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import java.util.ArrayList;
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

    private final transient BreakdownReportService reports;
    private final transient OutlineExtensions extensions;
    private final Select<EpisodeSummary> episode = new Select<>();
    private final HorizontalLayout episodeBar = new HorizontalLayout();
    private final Div castByScene = new Div();
    private final Div castByEpisode = new Div();
    private final Div castBySong = new Div();
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

        for (Div holder : List.of(castByScene, castByEpisode, castBySong)) {
            holder.setSizeFull();
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("report-tabs");
        tabs.add(getTranslation("reports.cast-by-scene"), castByScene);
        tabs.add(getTranslation("reports.cast-by-episode"), castByEpisode);
        tabs.add(getTranslation("reports.cast-by-song"), castBySong);
        tabs.add(getTranslation("reports.elements"), elements);
        tabs.setSizeFull();
        addAndExpand(tabs);

        castByEpisode.add(matrixGrid("cast-by-episode", reports.season().castByEpisodeMatrix()));
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
        castByScene.removeAll();
        castBySong.removeAll();
        episodeBar.removeAll();
        episodeBar.add(episode);
        if (summary == null) {
            elements.setItems(List.of());
            return;
        }
        extensions.headerItems().forEach(item -> episodeBar.add(item.create(summary.id())));
        BreakdownReport report = reports.episode(summary.id());
        castByScene.add(matrixGrid("cast-by-scene", report.castBySceneMatrix()));
        castBySong.add(matrixGrid("cast-by-song", report.castBySongMatrix()));
        elements.setItems(report.elementLines());
    }

    private Grid<BreakdownMatrix.Row> matrixGrid(String id, BreakdownMatrix matrix) {
        Grid<BreakdownMatrix.Row> grid = new Grid<>();
        grid.setId(id);
        grid.addClassName("matrix");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(BreakdownMatrix.Row::castId).setHeader(getTranslation("reports.cast-id")).setKey("castId")
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BreakdownMatrix.Row::name).setHeader(getTranslation("reports.character")).setKey("name")
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        List<Grid.Column<BreakdownMatrix.Row>> columns = new ArrayList<>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            int index = i;
            columns.add(grid.addColumn(row -> row.cells().get(index)).setHeader(matrix.columns().get(i).label())
                    .setKey("c" + i).setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true).setFlexGrow(0));
        }
        Grid.Column<BreakdownMatrix.Row> total = grid.addColumn(BreakdownMatrix.Row::total)
                .setHeader(getTranslation("reports.total")).setKey("total").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(grid.getColumnByKey("name")).setText(getTranslation("reports.total"));
        for (int i = 0; i < columns.size(); i++) {
            footer.getCell(columns.get(i)).setText(String.valueOf(matrix.columnTotals().get(i)));
        }
        footer.getCell(total).setText(String.valueOf(matrix.grandTotal()));
        grid.setItems(matrix.rows());
        grid.setEmptyStateText(getTranslation("reports.empty"));
        return grid;
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
