package app.coulisse.suggestion.ui;

import app.coulisse.core.DomainException;
import app.coulisse.outline.ui.EpisodeHeaderItem;
import app.coulisse.security.CurrentUser;
import app.coulisse.suggestion.SuggestionService;
import app.coulisse.suggestion.SuggestionStatus;
import app.coulisse.suggestion.SuggestionView;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;

/**
 * In an episode's header: "Suggestions (5)", opening the episode's pending suggestions as one list (each reviewed in
 * its scene's editor), with Suggest tags to read the whole episode's script again.
 */
@org.springframework.stereotype.Component
@Order(6)
class EpisodeSuggestionsItem implements EpisodeHeaderItem {

    private final SuggestionService service;
    private final ObjectProvider<CurrentUser> currentUser;

    EpisodeSuggestionsItem(SuggestionService service, ObjectProvider<CurrentUser> currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(long episodeId) {
        Button button = new Button(VaadinIcon.MAGIC.create());
        button.setId("episode-suggestions");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        // The header is made on every open and push: count in the database, the evidence is read only when listed.
        count(button, service.pendingCounts(episodeId).values().stream().mapToLong(Long::longValue).sum());
        button.addClickListener(event -> list(button, episodeId));
        return button;
    }

    private void list(Button opener, long episodeId) {
        Dialog dialog = new Dialog(opener.getTranslation("suggestion.episode.title"));
        dialog.setId("episode-suggestions-dialog");
        dialog.setWidth("min(60rem, 96vw)");
        Grid<SuggestionView> grid = new Grid<>();
        grid.setId("episode-suggestions-list");
        grid.addColumn(SuggestionView::sceneNumber).setHeader(opener.getTranslation("scene.number")).setKey("scene")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(suggestion -> opener.getTranslation("suggestion.kind." + suggestion.kind().name()))
                .setHeader(opener.getTranslation("suggestion.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SuggestionView::name).setHeader(opener.getTranslation("suggestion.name")).setKey("name")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(SceneSuggestionsPanel::evidence).setHeader(opener.getTranslation("suggestion.evidence"))
                .setKey("evidence").setFlexGrow(1);
        grid.setItems(pending(episodeId));
        grid.setEmptyStateText(opener.getTranslation("suggestion.none"));
        Button close = new Button(opener.getTranslation("action.close"), event -> dialog.close());
        close.setId("episode-suggestions-close");
        if (currentUser.getObject().canEdit()) {
            Button suggest = new Button(opener.getTranslation("suggestion.suggest"), event -> {
                try {
                    Notifications.success(opener.getTranslation("suggestion.suggested", service.suggestAgain(episodeId)));
                } catch (DomainException refused) {
                    Notifications.error(opener.getTranslation(refused.getMessageKey(), refused.getArguments()));
                }
                List<SuggestionView> pending = pending(episodeId);
                grid.setItems(pending);
                count(opener, pending.size());
            });
            suggest.setId("episode-suggestions-refresh");
            suggest.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(suggest);
        }
        dialog.add(grid);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private List<SuggestionView> pending(long episodeId) {
        return service.episodeSuggestions(episodeId, Set.of(SuggestionStatus.PENDING));
    }

    private static void count(Button button, long pending) {
        button.setText(button.getTranslation("suggestion.episode.open", pending));
    }
}
