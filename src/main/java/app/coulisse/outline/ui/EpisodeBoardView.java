package app.coulisse.outline.ui;

import app.coulisse.core.Messages;
import app.coulisse.outline.Act;
import app.coulisse.core.Eighths;
import app.coulisse.outline.EpisodeBoard;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneBadges;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.season.EpisodeLock;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** The column key of the scenes in no act. */
    private static final long NO_ACT = -1;
    private Frame frame;
    private EpisodeHeader header;
    private final Map<Long, SceneCard> cards = new LinkedHashMap<>();
    private final Map<Long, ActColumn> columns = new LinkedHashMap<>();
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

    /**
     * Reads the episode again and shows it. The board is built again only when its frame changed (acts, who may
     * edit, the locks); otherwise the cards are updated in place: a card per scene is kept, its changed parts
     * updated, moved to where its scene now is, and a deleted scene's card goes.
     */
    private void render() {
        board = outlineService.board(episodeId);
        canEdit = roleCanEdit && EpisodeLock.allowsChanges(board.episode(), isShowrunner);
        badgeTexts.clear();
        extensions.badges().forEach(badge -> BadgeReading.read(badge, episodeId, getLocale(), badgeTexts, badgeFills));
        filters.read(episodeId);
        Frame now = Frame.of(board, canEdit, getLocale());
        if (!now.equals(frame)) {
            build();
            frame = now;
        } else {
            header.show(board.episode());
        }
        placeCards();
        if (focusAfterRender != null && cards.containsKey(focusAfterRender)) {
            BoardKeyboard.focus(cards.get(focusAfterRender));
        }
        focusAfterRender = null;
    }

    /**
     * What the board's frame shows besides the cards: who may edit, the locks, the acts by id and name, and whether
     * there are scenes in no act. When it changes, the whole board is built again.
     */
    private record Frame(boolean canEdit, boolean numbersLocked, List<Long> actIds, List<String> actNames,
                         boolean unplaced) {

        static Frame of(EpisodeBoard board, boolean canEdit, Locale locale) {
            return new Frame(canEdit, board.episode().isNumbersLocked(), board.acts().stream().map(Act::getId).toList(),
                    board.acts().stream().map(act -> act.displayName(Messages.bundled(), locale)).toList(),
                    board.scenes().stream().anyMatch(scene -> scene.getAct() == null));
        }
    }

    /** Builds the frame: header, toolbar and one empty column per act (and for the scenes in no act). */
    private void build() {
        removeAll();
        cards.clear();
        columns.clear();
        if (header == null) {
            header = new EpisodeHeader(board.episode(), extensions.headerItems());
        } else {
            header.show(board.episode());
        }
        add(header, toolbar());
        HorizontalLayout row = new HorizontalLayout();
        row.setId("board");
        row.addClassName("board");
        for (Act act : board.acts()) {
            row.add(column(act));
        }
        if (board.scenes().stream().anyMatch(scene -> scene.getAct() == null)) {
            row.add(column(null));
        }
        addAndExpand(row);
    }

    /** Puts every scene's card, updated, in its place: a new scene gets a card, a gone scene's card goes. */
    private void placeCards() {
        Set<Long> shown = new HashSet<>();
        board.scenes().forEach(scene -> shown.add(scene.getId()));
        cards.values().removeIf(card -> {
            boolean gone = !shown.contains(card.sceneId());
            if (gone) {
                card.removeFromParent();
            }
            return gone;
        });
        for (Act act : board.acts()) {
            columns.get(act.getId()).show(board.scenesIn(act));
        }
        if (columns.containsKey(NO_ACT)) {
            columns.get(NO_ACT).show(board.scenesIn(null));
        }
    }

    /** The card of a scene, made the first time the scene is shown, updated to show it as it is now. */
    private SceneCard cardOf(Scene scene) {
        boolean editable = canEdit && scene.getAct() != null;
        SceneCard card = cards.get(scene.getId());
        if (card == null || card.editable() != editable) {
            if (card != null) {
                card.removeFromParent();
            }
            card = new SceneCard(scene.getId(), editable, extensions.sceneLinks(), episodeId, cardBoard);
            cards.put(scene.getId(), card);
        }
        card.show(scene, badgesOf(scene), editable ? controlsOf(scene) : null);
        card.setVisible(filters.keeps(scene.getId()));
        return card;
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

    /** A column of the board: an act's (or, {@code act} null, the scenes in no act), its cards placed by {@link ActColumn#show}. */
    private Component column(Act act) {
        ActColumn column = new ActColumn(act);
        columns.put(act == null ? NO_ACT : act.getId(), column);
        return column.layout;
    }

    /** One column: its header (name, total length, the act's controls), its cards, and where to drop or add. */
    private final class ActColumn {

        private final VerticalLayout layout = new VerticalLayout();
        private final Span total = new Span();
        private final Act act;
        private HorizontalLayout controls;
        private CardButton remove;

        ActColumn(Act act) {
            this.act = act;
            layout.addClassName("board-column");
            layout.setId(act == null ? "act-none" : "act-" + act.getId());
            layout.setPadding(false);
            layout.setSpacing(false);
            HorizontalLayout header = new HorizontalLayout();
            header.addClassName("board-column-header");
            Span name = new Span(act == null ? getTranslation("act.none") : act.displayName(Messages.bundled(), getLocale()));
            name.addClassName("act-name");
            total.addClassName("act-length");
            header.add(name, total);
            layout.add(header);
            if (canEdit && act != null) {
                controls = actControls(act);
                remove = iconButton(VaadinIcon.TRASH, "act.remove", "act-" + act.getId() + "-remove",
                        () -> changeAnd(() -> outlineService.removeAct(act.getId())));
                header.add(controls);
                Div dropAtEnd = new Div();
                dropAtEnd.addClassName("board-drop-end");
                DropTarget.create(dropAtEnd).addDropListener(event -> event.getDragData()
                        .ifPresent(sceneId -> move((Long) sceneId, act.getId(), Integer.MAX_VALUE)));
                Button add = new Button(getTranslation("scene.add"), VaadinIcon.PLUS.create(),
                        event -> openNewScene(act.getId(), board.scenesIn(act).size()));
                add.setId("act-" + act.getId() + "-add");
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                layout.add(dropAtEnd, add);
            }
        }

        /** Shows these scenes' cards in this order after the header, the total of their length, and the remove button of an empty act. */
        void show(List<Scene> scenes) {
            int eighths = scenes.stream().filter(scene -> !scene.isOmitted()).mapToInt(Scene::getEighths).sum();
            String length = eighths == 0 ? "" : Eighths.format(eighths);
            if (!length.equals(total.getText())) {
                total.setText(length);
            }
            if (controls != null && scenes.isEmpty() != remove.getParent().isPresent()) {
                if (scenes.isEmpty()) {
                    controls.add(remove);
                } else {
                    controls.remove(remove);
                }
            }
            for (int i = 0; i < scenes.size(); i++) {
                SceneCard card = cardOf(scenes.get(i));
                // Only a card out of place moves (a card moved away from here is taken by its new column).
                if (layout.getComponentCount() <= i + 1 || layout.getComponentAt(i + 1) != card) {
                    layout.addComponentAtIndex(i + 1, card);
                }
            }
        }
    }

    private HorizontalLayout actControls(Act act) {
        long actId = act.getId();
        CardButton rename = iconButton(VaadinIcon.PENCIL, "act.rename", "act-" + actId + "-rename",
                () -> askName("act.rename", actNamed(actId).displayName(Messages.bundled(), getLocale()), newName -> {
                    Act now = actNamed(actId);
                    // A default act's name left as shown is not a rename: it stays in each reader's language.
                    if (!newName.equals(now.displayName(Messages.bundled(), getLocale()))) {
                        outlineService.renameAct(actId, now.getVersion(), newName);
                    }
                    render();
                }));
        CardButton left = iconButton(VaadinIcon.ARROW_LEFT, "act.move-left", "act-" + actId + "-left",
                () -> changeAnd(() -> outlineService.moveAct(actId, -1)));
        CardButton right = iconButton(VaadinIcon.ARROW_RIGHT, "act.move-right", "act-" + actId + "-right",
                () -> changeAnd(() -> outlineService.moveAct(actId, 1)));
        // The first act cannot go further left, nor the last further right: their arrows say so instead of doing nothing.
        left.setEnabled(board.acts().indexOf(act) > 0);
        right.setEnabled(board.acts().indexOf(act) < board.acts().size() - 1);
        HorizontalLayout controls = new HorizontalLayout(rename, left, right);
        controls.setSpacing(false);
        return controls;
    }

    /** The act as the board shows it now (its version changes with each rename). */
    private Act actNamed(long actId) {
        return board.acts().stream().filter(act -> act.getId() == actId).findFirst().orElseThrow();
    }

    /** The scene as the board shows it now, if it is still there. */
    private Optional<Scene> sceneNamed(long sceneId) {
        return board.scenes().stream().filter(scene -> scene.getId() == sceneId).findFirst();
    }

    /** What a card asks of the board; every action looks up where its scene is now. */
    private final SceneCard.Board cardBoard = new SceneCard.Board() {

        @Override
        public void open(long sceneId) {
            openScene(sceneId);
        }

        @Override
        public void keyed(long sceneId, BoardKeyboard.Action action) {
            sceneNamed(sceneId).ifPresent(scene -> EpisodeBoardView.this.keyed(scene, action));
        }

        @Override
        public void dropped(long onSceneId, long draggedSceneId) {
            sceneNamed(onSceneId).filter(scene -> scene.getAct() != null).ifPresent(scene -> {
                List<Scene> inAct = board.scenesIn(scene.getAct());
                move(draggedSceneId, scene.getAct().getId(), indexWithout(draggedSceneId, inAct, inAct.indexOf(scene)));
            });
        }

        @Override
        public Component controls(long sceneId, SceneCard.Controls shape) {
            return cardControls(sceneId, shape);
        }
    };

    /** A key on a focused card: open it, or (for those who may edit) move it, keeping the focus, or insert after it. */
    private void keyed(Scene scene, BoardKeyboard.Action action) {
        if (action == BoardKeyboard.Action.OPEN) {
            openScene(scene.getId());
            return;
        }
        Act act = scene.getAct();
        if (!canEdit || act == null) {
            return;
        }
        int actIndex = board.acts().indexOf(act);
        long id = scene.getId();
        switch (action) {
            case INSERT_AFTER -> openNewScene(act.getId(), board.scenesIn(act).indexOf(scene) + 1);
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
    private List<SceneCard.Badge> badgesOf(Scene scene) {
        List<SceneCard.Badge> badges = new ArrayList<>();
        badgeTexts.forEach((badge, texts) -> {
            String text = texts.get(scene.getId());
            if (text != null) {
                badges.add(new SceneCard.Badge(badge.styleName(), text,
                        badgeFills.getOrDefault(badge, Map.of()).get(scene.getId()), getTranslation(badge.headerKey())));
            }
        });
        return badges;
    }

    /** Which controls a card in an act has, by where its act is and what the scene allows. */
    private SceneCard.Controls controlsOf(Scene scene) {
        int actIndex = board.acts().indexOf(scene.getAct());
        return new SceneCard.Controls(actIndex > 0, actIndex < board.acts().size() - 1, SceneDeletion.offered(scene),
                scene.isOmitted());
    }

    private HorizontalLayout cardControls(long sceneId, SceneCard.Controls shape) {
        String id = "scene-" + sceneId;
        List<CardButton> buttons = new ArrayList<>();
        buttons.add(iconButton(VaadinIcon.ARROW_UP, "scene.move-up", id + "-up",
                () -> changeAnd(() -> outlineService.moveSceneUp(sceneId))));
        buttons.add(iconButton(VaadinIcon.ARROW_DOWN, "scene.move-down", id + "-down",
                () -> changeAnd(() -> outlineService.moveSceneDown(sceneId))));
        if (shape.previousAct()) {
            buttons.add(iconButton(VaadinIcon.ARROW_LEFT, "scene.move-to-previous-act", id + "-left",
                    () -> toNeighbour(sceneId, -1)));
        }
        if (shape.nextAct()) {
            buttons.add(iconButton(VaadinIcon.ARROW_RIGHT, "scene.move-to-next-act", id + "-right",
                    () -> toNeighbour(sceneId, 1)));
        }
        buttons.add(iconButton(VaadinIcon.PLUS, "scene.insert-after", id + "-insert-after",
                () -> sceneNamed(sceneId).ifPresent(scene -> openNewScene(scene.getAct().getId(),
                        board.scenesIn(scene.getAct()).indexOf(scene) + 1))));
        if (shape.deletable()) {
            buttons.add(iconButton(VaadinIcon.TRASH, "scene.delete", id + "-delete", () -> askDelete(sceneId, () -> { })));
        }
        if (shape.omitted()) {
            buttons.add(iconButton(VaadinIcon.ARROW_BACKWARD, "scene.restore", id + "-restore",
                    () -> changeAnd(() -> outlineService.restoreScene(sceneId))));
        } else {
            buttons.add(iconButton(VaadinIcon.BAN, "scene.omit", id + "-omit",
                    () -> changeAnd(() -> outlineService.omitScene(sceneId))));
        }
        HorizontalLayout controls = new HorizontalLayout(buttons.toArray(CardButton[]::new));
        controls.addClassName("scene-card-controls");
        controls.setSpacing(false);
        return controls;
    }

    /** Moves a scene to the end of the previous act ({@code -1}) or the start of the next ({@code 1}). */
    private void toNeighbour(long sceneId, int direction) {
        sceneNamed(sceneId).ifPresent(scene -> {
            int actIndex = board.acts().indexOf(scene.getAct()) + direction;
            if (actIndex >= 0 && actIndex < board.acts().size()) {
                move(sceneId, board.acts().get(actIndex).getId(), direction < 0 ? Integer.MAX_VALUE : 0);
            }
        });
    }

    /** Where a dragged scene lands when dropped on the card at {@code index}: before that card. */
    private static int indexWithout(long draggedId, List<Scene> scenes, int index) {
        for (int i = 0; i < index; i++) {
            if (scenes.get(i).getId() == draggedId) {
                return index - 1;
            }
        }
        return index;
    }

    private void move(long sceneId, long actId, int index) {
        changeAnd(() -> outlineService.moveScene(sceneId, actId, index));
    }

    private void changeAnd(Runnable change) {
        change.run();
        render();
    }

    /** Opens one of the board's scenes in the editor, as a click on its card does (read-only for production). */
    void openScene(long sceneId) {
        sceneNamed(sceneId).ifPresent(scene -> {
            SceneEditor editor = SceneEditor.forScene(outlineService, catalog, board, scene, canEdit);
            editor.addSections(extensions.editorSections());
            editor.addSavedListener(event -> render());
            if (canEdit && SceneDeletion.offered(scene)) {
                editor.addDeleteButton(() -> askDelete(sceneId, editor::close));
            }
            // Tags change without a save of the heading: the cards' badges are refreshed on close.
            editor.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    render();
                }
            });
            editor.open();
        });
    }

    private void askDelete(long sceneId, Runnable then) {
        sceneNamed(sceneId).ifPresent(scene -> SceneDeletion.ask(outlineService, extensions.tagIndexes(), scene, () -> {
            then.run();
            render();
        }));
    }

    private void openNewScene(long actId, int index) {
        SceneEditor editor = SceneEditor.forNewScene(outlineService, catalog, board, actNamed(actId), index);
        editor.addSavedListener(event -> render());
        editor.open();
    }

    private static CardButton iconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        return new CardButton(icon, labelKey, id, action);
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
