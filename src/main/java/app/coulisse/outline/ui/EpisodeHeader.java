package app.coulisse.outline.ui;

import java.util.List;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** The title line of an episode's screens: number and title, the lock badge, links to board and one-liner. */
class EpisodeHeader extends HorizontalLayout {

    EpisodeHeader(Episode episode, List<EpisodeHeaderItem> items) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassNames("episode-header", "page-header");
        H2 title = new H2(episode.getNumber() + " — " + episode.getTitle());
        title.setId("episode-title");
        add(title);
        if (episode.isNumbersLocked()) {
            Span locked = new Span(getTranslation("outline.numbers-locked"));
            locked.setId("numbers-locked");
            locked.getElement().getThemeList().add("badge contrast");
            add(locked);
        }
        if (episode.getStatus() == EpisodeStatus.LOCKED) {
            Span locked = new Span(getTranslation("outline.episode-locked"));
            locked.setId("episode-locked");
            locked.getElement().getThemeList().add("badge error");
            add(locked);
        }
        RouterLink board = new RouterLink(getTranslation("outline.board"), EpisodeBoardView.class,
                OutlineNavigation.parameters(episode.getId()));
        board.setId("link-board");
        RouterLink oneLiner = new RouterLink(getTranslation("outline.one-liner"), OneLinerView.class,
                OutlineNavigation.parameters(episode.getId()));
        oneLiner.setId("link-one-liner");
        board.setHighlightCondition((link, event) -> event.getLocation().getPath().endsWith("/board"));
        oneLiner.setHighlightCondition((link, event) -> event.getLocation().getPath().endsWith("/one-liner"));
        // A header made again on a refresh sees no navigation: it marks the screen shown itself.
        UI ui = UI.getCurrent();
        String path = ui == null ? "" : ui.getInternals().getActiveViewLocation().getPath();
        board.getElement().setAttribute("highlight", path.endsWith("/board"));
        oneLiner.getElement().setAttribute("highlight", path.endsWith("/one-liner"));
        HorizontalLayout tabs = new HorizontalLayout(board, oneLiner);
        tabs.addClassName("episode-tabs");
        add(tabs);
        items.forEach(item -> add(item.create(episode.getId())));
    }
}
