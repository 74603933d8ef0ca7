package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.HighlightService;
import app.coulisse.highlight.RevisionReachService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ui.EpisodeHeaderItem;
import app.coulisse.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.annotation.Order;

/**
 * In an episode's header: "This revision touches · ⚑ 2", opening what the current revision touches and every
 * highlight of the episode whose words a revision cut, each of which an editor can take off once checked.
 */
@org.springframework.stereotype.Component
@Order(4)
class RevisionReachItem implements EpisodeHeaderItem {

    private final RevisionReachService reachService;
    private final HighlightService highlights;
    private final OutlineService outlineService;
    private final BreakdownService breakdownService;

    RevisionReachItem(RevisionReachService reachService, HighlightService highlights, OutlineService outlineService,
                      BreakdownService breakdownService) {
        this.reachService = reachService;
        this.highlights = highlights;
        this.outlineService = outlineService;
        this.breakdownService = breakdownService;
    }

    @Override
    public Component create(long episodeId) {
        Button button = new ReachButton();
        button.setText(label(button, highlights.flagged(episodeId).size()));
        button.setId("revision-reach-open");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(event -> open(button, episodeId));
        return button;
    }

    private static String label(Component parent, int flagged) {
        return flagged == 0 ? parent.getTranslation("highlight.reach.open")
                : parent.getTranslation("highlight.reach.open.flagged", flagged);
    }

    private void open(Button parent, long episodeId) {
        Dialog dialog = new Dialog(parent.getTranslation("highlight.reach.title"));
        dialog.setId("revision-reach-dialog");
        dialog.setWidth("min(52rem, 96vw)");
        Map<Long, String> numbers = new HashMap<>();
        for (Scene scene : outlineService.scenes(episodeId)) {
            numbers.put(scene.getId(), Objects.requireNonNullElse(scene.getNumber(), ""));
        }
        Grid<Highlight> flagged = new Grid<>();
        flagged.setId("flagged-highlights");
        flagged.setAllRowsVisible(true);
        flagged.addColumn(highlight -> numbers.get(highlight.sceneId())).setHeader(parent.getTranslation("scene.number"))
                .setKey("scene").setAutoWidth(true).setFlexGrow(0);
        flagged.addColumn(Highlight::name).setHeader(parent.getTranslation("highlight.tag")).setKey("tag")
                .setFlexGrow(1);
        flagged.addColumn(Highlight::words).setHeader(parent.getTranslation("highlight.words")).setKey("words")
                .setFlexGrow(1);
        if (new CurrentUser().canEdit()) {
            flagged.addComponentColumn(highlight -> {
                Button checked = new Button(parent.getTranslation("highlight.checked"), event -> {
                    highlights.remove(highlight.sceneId(), highlight.id());
                    List<Highlight> left = highlights.flagged(episodeId);
                    flagged.setItems(left);
                    parent.setText(label(parent, left.size()));
                });
                checked.setId("highlight-" + highlight.id() + "-checked");
                checked.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return checked;
            }).setKey("checked").setAutoWidth(true).setFlexGrow(0);
        }
        flagged.setItems(highlights.flagged(episodeId));
        flagged.setEmptyStateText(parent.getTranslation("highlight.flagged.none"));
        Button close = new Button(parent.getTranslation("action.close"), event -> dialog.close());
        close.setId("revision-reach-close");
        dialog.add(new RevisionReachPanel(reachService.current(episodeId), numbers,
                        RevisionReachPanel.categoryNames(breakdownService, UI.getCurrent().getLocale())),
                new H4(parent.getTranslation("highlight.flagged.title")), flagged);
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** The header button; it brings the highlight styles (the "⚑" card badge) to the board and the one-liner. */
    @StyleSheet("context://styles/highlight.css")
    private static final class ReachButton extends Button {
        ReachButton() {
            super(VaadinIcon.FLAG_O.create());
        }
    }
}
