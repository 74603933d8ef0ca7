package app.coulisse.revision.ui;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.live.ChangeBus;
import app.coulisse.live.ui.EpisodeNotices;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ui.OutlineNavigation;
import app.coulisse.revision.ChangeLabel;
import app.coulisse.revision.RevisionColour;
import app.coulisse.revision.RevisionService;
import app.coulisse.revision.SceneChangeView;
import app.coulisse.revision.SceneHistoryService;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The scene editor's history: every change newest first (when, who, what, before → after, the revision it counts
 * in), notes and questions of the scene's thread included, a restore of a previous heading part, length or synopsis,
 * and the previous and next scene changed in the current revision. Read again when opened and after every committed
 * change of the episode.
 */
class SceneHistoryPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final transient SceneHistoryService history;
    private final transient OutlineService outlineService;
    private final long sceneId;
    private final boolean canEdit;
    private final Grid<SceneChangeView> grid = new Grid<>();

    SceneHistoryPanel(SceneHistoryService history, RevisionService revisions, OutlineService outlineService,
                      ChangeBus bus, long sceneId, boolean canEdit) {
        this.history = history;
        this.outlineService = outlineService;
        this.sceneId = sceneId;
        this.canEdit = canEdit;
        setId("scene-history");
        setPadding(false);
        Scene scene = outlineService.scene(sceneId);
        long episodeId = scene.getEpisode().getId();
        add(changeNavigation(revisions, episodeId));

        grid.setId("history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(change -> change.when() == null ? "" : WHEN.format(change.when()))
                .setHeader(getTranslation("history.when")).setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SceneChangeView::who).setHeader(getTranslation("history.who")).setKey("who").setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("history.what")).setKey("what").setAutoWidth(true);
        grid.addColumn(change -> text(change.before())).setHeader(getTranslation("history.before")).setKey("before");
        grid.addColumn(change -> text(change.after())).setHeader(getTranslation("history.after")).setKey("after");
        grid.addComponentColumn(this::revision).setHeader(getTranslation("revision.badge")).setKey("revision")
                .setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(this::restoreButton).setKey("restore").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        refresh();
        Details details = new Details(getTranslation("history.title"), grid);
        details.setId("history-details");
        details.setWidthFull();
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                refresh();
            }
        });
        add(details);
        EpisodeNotices.refreshWhileAttached(this, bus, episodeId, this::refreshUnlessGone);
    }

    private void refresh() {
        grid.setItems(history.history(sceneId));
    }

    /** Reads the history again after a change elsewhere; a deleted scene leaves it as it was (its editor says so). */
    private void refreshUnlessGone() {
        try {
            refresh();
        } catch (NotFoundException gone) {
            // Nothing left to read.
        }
    }

    private String what(SceneChangeView change) {
        return ChangeLabel.of(change.kind(), change.field(), key -> getTranslation(key));
    }

    private String text(String value) {
        return value == null ? "—" : value;
    }

    private Component revision(SceneChangeView change) {
        Span badge = new Span(RevisionColour.nameIn(change.revisionName(), getLocale()));
        if (change.revisionHex() != null) {
            badge.addClassName("revision-badge");
            badge.getStyle().set("background-color", change.revisionHex());
        }
        return badge;
    }

    private Component restoreButton(SceneChangeView change) {
        if (!change.restorable()) {
            return new Span();
        }
        Button restore = new Button(getTranslation("history.restore"), VaadinIcon.ROTATE_LEFT.create(),
                event -> restore(change));
        restore.setId("restore-" + change.id());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restore.setTooltipText(getTranslation("history.restore.tooltip", text(change.before())));
        return restore;
    }

    private void restore(SceneChangeView change) {
        try {
            history.restore(sceneId, change.id(), outlineService.scene(sceneId).getVersion());
            Notifications.success(getTranslation("history.restored", what(change), text(change.before())));
            // The editor's form shows the values it loaded: close it so the board shows the restored scene.
            findAncestor(Dialog.class).close();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("scene.conflict", change.sceneNumber()));
        }
    }

    /** "Previous change" and "next change": the neighbouring scenes changed in the current revision. */
    private Component changeNavigation(RevisionService revisions, long episodeId) {
        Set<Long> changed = revisions.changedInCurrent(episodeId);
        List<Long> order = outlineService.scenes(episodeId).stream().map(Scene::getId).filter(id -> changed.contains(id)
                || id == sceneId).toList();
        int here = order.indexOf(sceneId);
        Button previous = jump("revision.previous-change", "previous-change", VaadinIcon.ARROW_UP,
                here > 0 ? order.get(here - 1) : null, episodeId);
        Button next = jump("revision.next-change", "next-change", VaadinIcon.ARROW_DOWN,
                here + 1 < order.size() ? order.get(here + 1) : null, episodeId);
        HorizontalLayout navigation = new HorizontalLayout(previous, next);
        navigation.setPadding(false);
        return navigation;
    }

    private Button jump(String labelKey, String id, VaadinIcon icon, Long target, long episodeId) {
        Button button = new Button(getTranslation(labelKey), icon.create(), event -> {
            findAncestor(Dialog.class).close();
            OutlineNavigation.toScene(episodeId, target);
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(target != null);
        if (target == null) {
            button.setTooltipText(getTranslation("revision.no-more-changes"));
        }
        return button;
    }
}
