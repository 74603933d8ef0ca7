package app.coulisse.outline.ui;

import app.coulisse.core.Messages;
import app.coulisse.outline.Act;
import app.coulisse.core.Eighths;
import app.coulisse.outline.EpisodeBoard;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneBadges;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.Storyline;
import app.coulisse.season.EpisodeLock;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.IconButton;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The episode board: one column per act, one card per scene in episode order. Writers drag cards
 * between and within acts, or use the buttons on each card (up, down, other act, insert after,
 * omit); production sees the same board without any control.
 */
@Route("episodes/:" + OutlineNavigation.EPISODE_ID + OutlineNavigation.ID_PATTERN + "/board")
@PermitAll
public class EpisodeBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, EpisodeScreen {

    private final transient OutlineService outlineService;
    private final transient StoryCatalogService catalog;
    private final transient OutlineExtensions extensions;
    private final Map<SceneBadges, Map<Long, String>> badgeTexts = new LinkedHashMap<>();
    private final Map<SceneBadges, Map<Long, String>> badgeFills = new LinkedHashMap<>();
    private final SceneFilters filters;
    private final boolean roleCanEdit;
    private final boolean isShowrunner;
    private boolean canEdit;
    private long episodeId;
    private transient EpisodeBoard board;
    private final Map<Long, Component> cards = new LinkedHashMap<>();
    private Long focusAfterRender;

    public EpisodeBoardView(OutlineService outlineService, StoryCatalogService catalog, OutlineExtensions extensions,
                            CurrentUser currentUser) {
        this.outlineService = outlineService;
        this.catalog = catalog;
        this.extensions = extensions;
        this.roleCanEdit = currentUser.canEdit();
        this.isShowrunner = currentUser.isShowrunner();
        this.filters = new SceneFilters(extensions.filters(), this::render);
        setSizeFull();
        addClassName("board-view");
        BoardKeyboard.helpOn(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        episodeId = event.getRouteParameters().getLong(OutlineNavigation.EPISODE_ID).orElse(-1L);
        render();
    }

    /** Opens one of the board's scenes in the editor, as a click on its card does. */
    void openScene(long sceneId) {
        board.scenes().stream().filter(scene -> scene.getId() == sceneId).findFirst().ifPresent(this::openScene);
    }

    @Override
    public String getPageTitle() {
        return board == null ? getTranslation("outline.board")
                : getTranslation("outline.board.title", board.episode().getNumber());
    }

    @Override
    public long shownEpisodeId() {
        return episodeId;
    }

    @Override
    public void showAgain() {
        render();
    }

    private void render() {
        board = outlineService.board(episodeId);
        canEdit = roleCanEdit && EpisodeLock.allowsChanges(board.episode(), isShowrunner);
        badgeTexts.clear();
        extensions.badges().forEach(badge -> BadgeReading.read(badge, episodeId, getLocale(), badgeTexts, badgeFills));
        filters.read(episodeId);
        removeAll();
        cards.clear();
        add(new EpisodeHeader(board.episode(), extensions.headerItems()), toolbar());
        HorizontalLayout columns = new HorizontalLayout();
        columns.setId("board");
        columns.addClassName("board");
        for (Act act : board.acts()) {
            columns.add(column(act));
        }
        List<Scene> unplaced = board.scenesIn(null);
        if (!unplaced.isEmpty()) {
            columns.add(column(null));
        }
        addAndExpand(columns);
        if (focusAfterRender != null && cards.containsKey(focusAfterRender)) {
            BoardKeyboard.focus(cards.get(focusAfterRender));
        }
        focusAfterRender = null;
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassNames("board-toolbar", "page-toolbar");
        if (canEdit) {
            if (board.acts().isEmpty()) {
                Button defaults = new Button(getTranslation("act.create-defaults"), event -> {
                    outlineService.createDefaultActs(episodeId);
                    render();
                });
                defaults.setId("create-default-acts");
                toolbar.add(defaults);
            }
            Button addAct = new Button(getTranslation("act.add"), VaadinIcon.PLUS.create(),
                    event -> askName("act.add", "", name -> {
                        outlineService.addAct(episodeId, name);
                        render();
                    }));
            addAct.setId("add-act");
            toolbar.add(addAct);
        }
        Button storylines = new Button(getTranslation("storylines.manage"), VaadinIcon.SPLIT.create(),
                event -> new StorylinesDialog(catalog, canEdit, this::render).open());
        storylines.setId("manage-storylines");
        toolbar.add(storylines);
        toolbar.add(filters.checkboxes());
        if (isShowrunner) {
            toolbar.add(lockButton());
        }
        Button keys = new Button("?", event -> BoardKeyboard.openHelp());
        keys.setId("board-keys");
        keys.setTooltipText(getTranslation("board.keys.title"));
        keys.setAriaLabel(getTranslation("board.keys.title"));
        keys.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolbar.add(keys);
        return toolbar;
    }

    private Button lockButton() {
        if (!board.episode().isNumbersLocked()) {
            Button lock = new Button(getTranslation("outline.lock-numbers"), VaadinIcon.LOCK.create(), event -> {
                outlineService.lockNumbers(episodeId);
                render();
            });
            lock.setId("lock-numbers");
            return lock;
        }
        Button unlock = new Button(getTranslation("outline.unlock-numbers"), VaadinIcon.UNLOCK.create(), event -> {
            Confirm.ask(null, getTranslation("outline.unlock-numbers"),
                    getTranslation("outline.unlock-numbers.confirm"), getTranslation("outline.unlock-numbers"), () -> {
                outlineService.unlockNumbers(episodeId);
                render();
            });
        });
        unlock.setId("unlock-numbers");
        return unlock;
    }

    private Component column(Act act) {
        List<Scene> scenes = board.scenesIn(act);
        VerticalLayout column = new VerticalLayout();
        column.addClassName("board-column");
        column.setId(act == null ? "act-none" : "act-" + act.getId());
        column.setPadding(false);
        column.setSpacing(false);

        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("board-column-header");
        Span name = new Span(act == null ? getTranslation("act.none") : act.displayName(Messages.bundled(), getLocale()));
        name.addClassName("act-name");
        int eighths = scenes.stream().filter(scene -> !scene.isOmitted()).mapToInt(Scene::getEighths).sum();
        Span total = new Span(eighths == 0 ? "" : Eighths.format(eighths));
        total.addClassName("act-length");
        header.add(name, total);
        if (canEdit && act != null) {
            header.add(actControls(act, scenes.isEmpty()));
        }
        column.add(header);

        for (int i = 0; i < scenes.size(); i++) {
            Component card = card(scenes.get(i), act, i);
            card.setVisible(filters.keeps(scenes.get(i).getId()));
            column.add(card);
        }
        if (canEdit && act != null) {
            Div dropAtEnd = new Div();
            dropAtEnd.addClassName("board-drop-end");
            DropTarget.create(dropAtEnd).addDropListener(event -> event.getDragData()
                    .ifPresent(sceneId -> move((Long) sceneId, act, Integer.MAX_VALUE)));
            Button add = new Button(getTranslation("scene.add"), VaadinIcon.PLUS.create(),
                    event -> openNewScene(act, scenes.size()));
            add.setId("act-" + act.getId() + "-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            column.add(dropAtEnd, add);
        }
        return column;
    }

    private HorizontalLayout actControls(Act act, boolean empty) {
        Button rename = iconButton(VaadinIcon.PENCIL, "act.rename", "act-" + act.getId() + "-rename",
                () -> askName("act.rename", act.displayName(Messages.bundled(), getLocale()), newName -> {
                    // A default act's name left as shown is not a rename: it stays in each reader's language.
                    if (!newName.equals(act.displayName(Messages.bundled(), getLocale()))) {
                        outlineService.renameAct(act.getId(), act.getVersion(), newName);
                    }
                    render();
                }));
        Button left = iconButton(VaadinIcon.ARROW_LEFT, "act.move-left", "act-" + act.getId() + "-left",
                () -> changeAnd(() -> outlineService.moveAct(act.getId(), -1)));
        Button right = iconButton(VaadinIcon.ARROW_RIGHT, "act.move-right", "act-" + act.getId() + "-right",
                () -> changeAnd(() -> outlineService.moveAct(act.getId(), 1)));
        // The first act cannot go further left, nor the last further right: their arrows say so instead of doing nothing.
        left.setEnabled(board.acts().indexOf(act) > 0);
        right.setEnabled(board.acts().indexOf(act) < board.acts().size() - 1);
        HorizontalLayout controls = new HorizontalLayout(rename, left, right);
        if (empty) {
            controls.add(iconButton(VaadinIcon.TRASH, "act.remove", "act-" + act.getId() + "-remove",
                    () -> changeAnd(() -> outlineService.removeAct(act.getId()))));
        }
        controls.setSpacing(false);
        return controls;
    }

    /**
     * One scene card: number, heading, length, storyline colour bars and synopsis; the footer row
     * is where other features add their badges (cast IDs, dance numbers).
     */
    private Component card(Scene scene, Act act, int index) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("scene-card");
        card.setId("scene-" + scene.getId());
        card.setPadding(false);
        card.setSpacing(false);
        if (scene.isOmitted()) {
            card.addClassName("omitted");
        }

        Div bars = new Div();
        bars.addClassName("storyline-bars");
        for (Storyline storyline : scene.getStorylines()) {
            Span bar = new Span(storyline.getLabel());
            bar.addClassName("storyline-bar");
            bar.getStyle().set("background-color", storyline.getColour());
            bar.getElement().setAttribute("title", storyline.getLabel() + " — " + storyline.getName());
            bars.add(bar);
        }

        Span number = new Span(scene.isOmitted() ? getTranslation("scene.omitted-number", scene.getNumber()) : scene.getNumber());
        number.addClassName("scene-number");
        number.setId("scene-" + scene.getId() + "-number");
        Span length = new Span(Eighths.format(scene.getEighths()));
        length.addClassName("scene-length");
        HorizontalLayout top = new HorizontalLayout(number, length);
        top.setWidthFull();
        top.expand(number);
        extensions.sceneLinks().forEach(link -> top.add(new IconButton(link.icon(), link.labelKey(),
                "scene-" + scene.getId() + "-" + link.idPart(), () -> link.open(episodeId, scene.getId()))));

        Button heading = new Button(scene.heading(Messages.bundled(), getLocale()), event -> openScene(scene));
        heading.setId("scene-" + scene.getId() + "-open");
        heading.addClassName("scene-heading");
        heading.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Span synopsis = new Span(scene.getSynopsis() == null ? "" : scene.getSynopsis());
        synopsis.addClassName("scene-synopsis");
        ScriptSynopsis.mark(synopsis, scene);
        card.add(bars, top, heading, synopsis, badgeRow(scene));

        cards.put(scene.getId(), card);
        BoardKeyboard.onCard(card, action -> keyed(scene, act, index, action));
        if (canEdit && act != null) {
            card.add(cardControls(scene, act, index));
            DragSource<VerticalLayout> drag = DragSource.create(card);
            drag.setDragData(scene.getId());
            DropTarget.create(card).addDropListener(event -> event.getDragData()
                    .filter(sceneId -> !sceneId.equals(scene.getId()))
                    .ifPresent(sceneId -> move((Long) sceneId, act, indexWithout((Long) sceneId, act, index))));
        }
        return card;
    }

    /** A key on a focused card: open it, or (for those who may edit) move it, keeping the focus, or insert after it. */
    private void keyed(Scene scene, Act act, int index, BoardKeyboard.Action action) {
        if (action == BoardKeyboard.Action.OPEN) {
            openScene(scene);
            return;
        }
        if (!canEdit || act == null) {
            return;
        }
        int actIndex = board.acts().indexOf(act);
        long id = scene.getId();
        switch (action) {
            case INSERT_AFTER -> openNewScene(act, index + 1);
            case UP -> keepingFocus(id, () -> outlineService.moveSceneUp(id));
            case DOWN -> keepingFocus(id, () -> outlineService.moveSceneDown(id));
            case PREVIOUS_ACT -> {
                if (actIndex > 0) {
                    keepingFocus(id, () -> outlineService.moveScene(id, board.acts().get(actIndex - 1).getId(), Integer.MAX_VALUE));
                }
            }
            case NEXT_ACT -> {
                if (actIndex < board.acts().size() - 1) {
                    keepingFocus(id, () -> outlineService.moveScene(id, board.acts().get(actIndex + 1).getId(), 0));
                }
            }
            default -> { }
        }
    }

    private void keepingFocus(long sceneId, Runnable move) {
        focusAfterRender = sceneId;
        changeAnd(move);
    }

    /** The other features' badges for this scene: cast IDs, dance numbers. */
    private Div badgeRow(Scene scene) {
        Div row = new Div();
        row.addClassName("scene-badges");
        badgeTexts.forEach((badge, texts) -> {
            String text = texts.get(scene.getId());
            if (text != null) {
                Span span = new Span(text);
                span.addClassName(badge.styleName());
                span.setId("scene-" + scene.getId() + "-" + badge.styleName());
                span.getElement().setAttribute("title", getTranslation(badge.headerKey()));
                BadgeFill.apply(span, badgeFills.getOrDefault(badge, Map.of()).get(scene.getId()));
                row.add(span);
            }
        });
        return row;
    }

    private HorizontalLayout cardControls(Scene scene, Act act, int index) {
        String id = "scene-" + scene.getId();
        int actIndex = board.acts().indexOf(act);
        List<Button> buttons = new ArrayList<>();
        buttons.add(iconButton(VaadinIcon.ARROW_UP, "scene.move-up", id + "-up",
                () -> changeAnd(() -> outlineService.moveSceneUp(scene.getId()))));
        buttons.add(iconButton(VaadinIcon.ARROW_DOWN, "scene.move-down", id + "-down",
                () -> changeAnd(() -> outlineService.moveSceneDown(scene.getId()))));
        if (actIndex > 0) {
            Act previous = board.acts().get(actIndex - 1);
            buttons.add(iconButton(VaadinIcon.ARROW_LEFT, "scene.move-to-previous-act", id + "-left",
                    () -> move(scene.getId(), previous, Integer.MAX_VALUE)));
        }
        if (actIndex < board.acts().size() - 1) {
            Act next = board.acts().get(actIndex + 1);
            buttons.add(iconButton(VaadinIcon.ARROW_RIGHT, "scene.move-to-next-act", id + "-right",
                    () -> move(scene.getId(), next, 0)));
        }
        buttons.add(iconButton(VaadinIcon.PLUS, "scene.insert-after", id + "-insert-after",
                () -> openNewScene(act, index + 1)));
        if (SceneDeletion.offered(scene)) {
            buttons.add(iconButton(VaadinIcon.TRASH, "scene.delete", id + "-delete", () -> askDelete(scene, () -> { })));
        }
        if (scene.isOmitted()) {
            buttons.add(iconButton(VaadinIcon.ARROW_BACKWARD, "scene.restore", id + "-restore",
                    () -> changeAnd(() -> outlineService.restoreScene(scene.getId()))));
        } else {
            buttons.add(iconButton(VaadinIcon.BAN, "scene.omit", id + "-omit",
                    () -> changeAnd(() -> outlineService.omitScene(scene.getId()))));
        }
        HorizontalLayout controls = new HorizontalLayout(buttons.toArray(Button[]::new));
        controls.addClassName("scene-card-controls");
        controls.setSpacing(false);
        return controls;
    }

    /** Where a dragged scene lands when dropped on the card at {@code index}: before that card. */
    private int indexWithout(long draggedId, Act act, int index) {
        List<Scene> scenes = board.scenesIn(act);
        for (int i = 0; i < index; i++) {
            if (scenes.get(i).getId() == draggedId) {
                return index - 1;
            }
        }
        return index;
    }

    private void move(long sceneId, Act act, int index) {
        changeAnd(() -> outlineService.moveScene(sceneId, act.getId(), index));
    }

    private void changeAnd(Runnable change) {
        change.run();
        render();
    }

    /** Opens a scene in the editor (read-only for production). */
    private void openScene(Scene scene) {
        SceneEditor editor = SceneEditor.forScene(outlineService, catalog, board, scene, canEdit);
        editor.addSections(extensions.editorSections());
        editor.addSavedListener(event -> render());
        if (canEdit && SceneDeletion.offered(scene)) {
            editor.addDeleteButton(() -> askDelete(scene, editor::close));
        }
        // Tags change without a save of the heading: the cards' badges are refreshed on close.
        editor.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                render();
            }
        });
        editor.open();
    }

    private void askDelete(Scene scene, Runnable then) {
        SceneDeletion.ask(outlineService, extensions.tagIndexes(), scene, () -> {
            then.run();
            render();
        });
    }

    private void openNewScene(Act act, int index) {
        SceneEditor editor = SceneEditor.forNewScene(outlineService, catalog, board, act, index);
        editor.addSavedListener(event -> render());
        editor.open();
    }

    private static Button iconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        return new IconButton(icon, labelKey, id, action).with(ButtonVariant.LUMO_SMALL);
    }

    private void askName(String titleKey, String initial, Consumer<String> then) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.setId("act-name-dialog");
        TextField name = new TextField(getTranslation("act.name"));
        name.setId("act-name");
        name.setValue(initial);
        Button ok = new Button(getTranslation("action.save"), event -> {
            then.accept(name.getValue());
            dialog.close();
        });
        ok.setId("act-name-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), event -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        name.focus();
    }
}
