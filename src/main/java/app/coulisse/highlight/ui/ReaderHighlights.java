package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.dance.DanceService;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.screenplay.ui.ScriptReaderDecoration;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeLock;
import app.coulisse.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * The script reader shows each tag's highlighted words in its colour, named on hover, with a legend, read once per
 * episode; a user who may change the episode tags there by selecting words, as in the scene editor's pane.
 */
@org.springframework.stereotype.Component
@Order(1)
class ReaderHighlights implements ScriptReaderDecoration {

    private final HighlightService highlights;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;

    ReaderHighlights(HighlightService highlights, CastService castService, DanceService danceService,
                     BreakdownService breakdownService) {
        this.highlights = highlights;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
    }

    @Override
    public void decorate(Episode episode, Component page) {
        boolean editable = EpisodeLock.allowsChanges(episode) && new CurrentUser().canEdit();
        List<Highlight> shown = highlights.episodeHighlights(episode.getId());
        if (shown.isEmpty() && !editable) {
            return;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().addStyleSheet("context://styles/highlight.css");
        }
        new ReaderTagging(page, shown, highlights, castService, danceService, breakdownService, editable);
    }
}
