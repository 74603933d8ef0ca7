package app.coulisse.season;

import app.coulisse.outline.Eighths;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The landing screen: the season's episodes with their status and size. */
@Route("")
@Menu(title = "nav.season", order = 1, icon = "vaadin:calendar")
@PermitAll
public class SeasonOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<EpisodeSummary> episodes = new Grid<>();

    public SeasonOverviewView(SeasonService seasonService) {
        setSizeFull();
        Series series = seasonService.series();
        add(new H2(getTranslation("season.heading", series.getTitle())));

        episodes.setId("episodes");
        episodes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        episodes.addColumn(EpisodeSummary::number).setHeader(getTranslation("episode.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        episodes.addColumn(EpisodeSummary::title).setHeader(getTranslation("episode.title")).setKey("title").setFlexGrow(1);
        episodes.addColumn(summary -> getTranslation("episode.status." + summary.status().name()))
                .setHeader(getTranslation("episode.status")).setKey("status").setAutoWidth(true);
        episodes.addColumn(EpisodeSummary::scenes).setHeader(getTranslation("episode.scenes")).setKey("scenes")
                .setAutoWidth(true).setFlexGrow(0);
        episodes.addColumn(summary -> summary.eighths() == 0 ? "" : Eighths.format((int) summary.eighths()))
                .setHeader(getTranslation("episode.pages")).setKey("pages").setAutoWidth(true).setFlexGrow(0);
        episodes.setItems(seasonService.episodeSummaries());
        episodes.setEmptyStateText(getTranslation("season.empty"));
        addAndExpand(episodes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.season");
    }
}
