package app.coulisse.outline.ui;

import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * The title line of an episode's screens: number and title, the lock badges, links to board and one-liner, and the
 * other features' items. Made once per screen as it is entered, so the links see the navigation that marks the one
 * shown; {@link #show} updates it in place, and the title and the links stay the same elements, so a click on a link
 * is never lost to a refresh pushed at that moment (presence, a change).
 */
class EpisodeHeader extends HorizontalLayout {

    private final H2 title = new H2();
    private final RouterLink board = new RouterLink();
    private final RouterLink oneLiner = new RouterLink();
    private final HorizontalLayout tabs;
    private final transient List<EpisodeHeaderItem> items;

    EpisodeHeader(Episode episode, List<EpisodeHeaderItem> items) {
        this.items = items;
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassNames("episode-header", "page-header");
        title.setId("episode-title");
        board.setText(getTranslation("outline.board"));
        board.setId("link-board");
        oneLiner.setText(getTranslation("outline.one-liner"));
        oneLiner.setId("link-one-liner");
        board.setHighlightCondition((link, event) -> event.getLocation().getPath().endsWith("/board"));
        oneLiner.setHighlightCondition((link, event) -> event.getLocation().getPath().endsWith("/one-liner"));
        tabs = new HorizontalLayout(board, oneLiner);
        tabs.addClassName("episode-tabs");
        add(title, tabs);
        show(episode);
    }

    /**
     * Shows the episode as it is now: its title, its locks and the items made again; the links stay, pointed at this
     * episode (a screen is kept when the room goes from one episode's board to another's).
     */
    void show(Episode episode) {
        title.setText(episode.getNumber() + " — " + episode.getTitle());
        board.setRoute(EpisodeBoardView.class, OutlineNavigation.parameters(episode.getId()));
        oneLiner.setRoute(OneLinerView.class, OutlineNavigation.parameters(episode.getId()));
        getChildren().filter(child -> child != title && child != tabs).toList().forEach(this::remove);
        int afterTitle = 1;
        if (episode.isNumbersLocked()) {
            addComponentAtIndex(afterTitle++, badge("numbers-locked", "outline.numbers-locked", "badge contrast"));
        }
        if (episode.getStatus() == EpisodeStatus.LOCKED) {
            addComponentAtIndex(afterTitle, badge("episode-locked", "outline.episode-locked", "badge error"));
        }
        items.forEach(item -> add(item.create(episode.getId())));
    }

    private Component badge(String id, String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.setId(id);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
