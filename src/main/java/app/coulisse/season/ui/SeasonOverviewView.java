package app.coulisse.season.ui;

import app.coulisse.core.Eighths;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.IconButton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The landing screen: the season's episodes with their status and size. Clicking an episode opens
 * its board; writers create, edit and reorder episodes, the showrunner deletes them.
 */
@Route("")
@Menu(title = "nav.season", order = 1, icon = "vaadin:calendar")
@PermitAll
public class SeasonOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final transient SeasonService seasonService;
    private final transient ObjectProvider<SeasonHeaderItem> headerItems;
    private final boolean canEdit;
    private final boolean isShowrunner;
    private final Grid<EpisodeSummary> episodes = new Grid<>();
    private final SeasonPicker seasonPicker;
    private final HorizontalLayout seasonItems = new HorizontalLayout();

    public SeasonOverviewView(SeasonService seasonService, ObjectProvider<SeasonHeaderItem> headerItems,
                              CurrentUser currentUser, EpisodeOpener opener) {
        this.seasonService = seasonService;
        this.headerItems = headerItems;
        this.canEdit = currentUser.canEdit();
        this.isShowrunner = currentUser.isShowrunner();
        setSizeFull();
        Series series = seasonService.series();
        seasonPicker = new SeasonPicker(seasonService, isShowrunner, season -> refresh());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("season.heading", series.getTitle())),
                seasonPicker);
        top.setWidthFull();
        top.addClassName("page-header");
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            Button create = new Button(getTranslation("episode.new"), VaadinIcon.PLUS.create(), event -> {
                Episode draft = new Episode(series, null, null);
                draft.setSeason(seasonService.season(seasonPicker.selected()));
                edit(draft);
            });
            create.setId("new-episode");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(create);
        }
        top.add(seasonItems);
        if (isShowrunner) {
            Button settings = new Button(getTranslation("nav.settings"), VaadinIcon.COG.create(),
                    event -> UI.getCurrent().navigate(SeriesSettingsView.class));
            settings.setId("series-settings");
            settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            top.add(settings);
        }
        add(top);

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
        Grid.Column<EpisodeSummary> actions = canEdit
                ? episodes.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0) : null;
        episodes.addItemClickListener(event -> {
            if (actions == null || event.getColumn() != actions) {
                opener.open(event.getItem().id());
            }
        });
        episodes.setEmptyStateText(getTranslation("season.empty"));
        addAndExpand(episodes);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.season");
    }

    private HorizontalLayout actions(EpisodeSummary summary) {
        String id = "episode-" + summary.number();
        HorizontalLayout actions = new HorizontalLayout(
                new IconButton(VaadinIcon.PENCIL, "episode.edit.action", id + "-edit", () -> edit(seasonService.episode(summary.id()))),
                new IconButton(VaadinIcon.ARROW_UP, "episode.move-up", id + "-up", () -> move(summary, -1)),
                new IconButton(VaadinIcon.ARROW_DOWN, "episode.move-down", id + "-down", () -> move(summary, 1)));
        if (isShowrunner) {
            actions.add(new IconButton(VaadinIcon.TRASH, "episode.delete", id + "-delete", () -> confirmDelete(summary)));
        }
        actions.setSpacing(false);
        return actions;
    }

    private void edit(Episode episode) {
        EpisodeEditor editor = new EpisodeEditor(episode);
        editor.addSaveListener(event -> {
            boolean saved = Attempt.run(() -> {
                if (episode.isNew()) {
                    seasonService.createEpisode(event.getEdited());
                } else {
                    seasonService.updateEpisode(episode.getId(), event.getEdited());
                }
            }, (refused, message) -> editor.showRefusal(refused.getMessageKey(), message));
            if (saved) {
                editor.close();
                refresh();
            }
        });
        editor.open();
    }

    private void move(EpisodeSummary summary, int direction) {
        seasonService.moveEpisode(summary.id(), direction);
        refresh();
    }

    private void confirmDelete(EpisodeSummary summary) {
        Confirm.destructive("confirm-delete-episode", getTranslation("episode.delete.title", summary.number()),
                getTranslation("episode.delete.text", summary.title(), seasonService.sceneCount(summary.id())),
                getTranslation("episode.delete"), () -> {
            seasonService.deleteEpisode(summary.id());
            refresh();
        });
    }

    private void refresh() {
        int season = seasonPicker.selected();
        episodes.setItems(seasonService.episodeSummaries(season));
        seasonItems.removeAll();
        headerItems.orderedStream().forEach(item -> seasonItems.add(item.create(season)));
    }
}
