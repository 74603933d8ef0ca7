package app.coulisse.live.ui;

import app.coulisse.core.NotFoundException;
import app.coulisse.live.ChangeBus;
import app.coulisse.live.EpisodeChanged;
import app.coulisse.live.Presence;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.ui.SceneEditor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The scene editor's "changed elsewhere" state: when someone else's save of the scene commits, the editor says
 * who and when, lists the fields they changed with their value beside the typed one, and lets the writer take
 * theirs (one field or all) or keep what they typed; the save still carries a version and goes through the
 * optimistic lock. The production office's read-only editor simply shows the new version. While it is open, the
 * editor counts as the tab's open scene ({@link Presence}).
 */
class ChangedElsewhere extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final long sceneId;
    private final transient OutlineService outlineService;
    private final transient ChangeBus bus;
    private final transient Presence presence;
    private transient Runnable unsubscribe;
    /** The screen whose presence names this scene as open, null once released (or never recorded). */
    private String presentOn;
    private transient Scene base;
    private SceneEditor editor;

    ChangedElsewhere(long sceneId, OutlineService outlineService, ChangeBus bus, Presence presence) {
        this.sceneId = sceneId;
        this.outlineService = outlineService;
        this.bus = bus;
        this.presence = presence;
        setId("changed-elsewhere");
        addClassName("changed-elsewhere");
        setPadding(false);
        setVisible(false);
        // The editor opens right after its sections are made, but a dialog is attached to the UI only before the
        // next response to the browser (OverlayAutoAddController): the presence starts now, as the editor opens,
        // not at that attach, so the other screens show it at once (and a tab that is not rendered yet too).
        UI ui = UI.getCurrent();
        if (ui != null) {
            openOn(LiveScreens.key(ui));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        editor = findAncestor(SceneEditor.class);
        if (editor == null) {
            return;
        }
        base = editor.loadedScene();
        UI ui = event.getUI();
        String screen = LiveScreens.key(ui);
        openOn(screen);
        // Closing the editor ends its presence at once; the detach that follows the close may come later.
        editor.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                release();
            }
        });
        long episodeId = base.getEpisode().getId();
        unsubscribe = bus.subscribe(change -> {
            if (change.kind() == EpisodeChanged.Kind.OUTLINE && change.episodeId() == episodeId
                    && !screen.equals(change.originUi())) {
                try {
                    ui.access(() -> check(change));
                } catch (UIDetachedException closed) {
                    // The tab is gone; its detach unsubscribes.
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        release();
    }

    /** Records the scene as open on a screen, once (a second attach announces nothing new). */
    private void openOn(String screen) {
        if (!screen.equals(presentOn)) {
            presentOn = screen;
            presence.openScene(screen, sceneId);
        }
    }

    private void release() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        if (presentOn != null) {
            presence.closeScene(presentOn, sceneId);
            presentOn = null;
        }
    }

    private void check(EpisodeChanged change) {
        Scene theirs;
        try {
            theirs = outlineService.scenes(base.getEpisode().getId()).stream()
                    .filter(scene -> scene.getId() == sceneId).findFirst().orElse(null);
        } catch (NotFoundException gone) {
            return;
        }
        if (theirs == null || theirs.getVersion() == editor.loadedVersion()) {
            return;
        }
        if (!editor.isEditable()) {
            editor.adopt(theirs, true);
            base = theirs;
            return;
        }
        show(theirs, change);
    }

    private void show(Scene theirs, EpisodeChanged change) {
        removeAll();
        String who = presence.displayName(theirs.getUpdatedBy() == null ? change.by() : theirs.getUpdatedBy());
        String when = TIME.withLocale(getLocale()).withZone(ZoneId.systemDefault())
                .format(theirs.getUpdatedAt() == null ? change.at() : theirs.getUpdatedAt());
        Span title = new Span(getTranslation("live.changed-by", who == null ? "?" : who, when));
        title.setId("changed-elsewhere-title");
        title.addClassName("changed-elsewhere-title");
        add(title);
        Scene typed = editor.typed();
        Div table = new Div();
        table.addClassName("changed-elsewhere-fields");
        for (SceneFields field : SceneFields.ALL) {
            if (field.differs(this, base, theirs)) {
                table.add(row(field, theirs, typed));
            }
        }
        add(table);
        Button takeTheirs = new Button(getTranslation("live.take-theirs"), event -> {
            editor.adopt(theirs, true);
            settled(theirs);
        });
        takeTheirs.setId("take-theirs");
        Button keepMine = new Button(getTranslation("live.keep-mine"), event -> {
            editor.adopt(theirs, false);
            settled(theirs);
        });
        keepMine.setId("keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(takeTheirs, keepMine));
        setVisible(true);
    }

    private Div row(SceneFields field, Scene theirs, Scene typed) {
        Div row = new Div();
        row.addClassName("changed-elsewhere-field");
        row.setId("changed-" + field.property());
        Span label = new Span(getTranslation(field.labelKey()));
        label.addClassName("changed-label");
        Span theirValue = new Span(field.text().apply(this, theirs));
        theirValue.setId("changed-" + field.property() + "-theirs");
        theirValue.addClassName("changed-theirs");
        theirValue.getElement().setAttribute("title", getTranslation("live.theirs"));
        Span typedValue = new Span(field.text().apply(this, typed));
        typedValue.setId("changed-" + field.property() + "-typed");
        typedValue.addClassName("changed-typed");
        typedValue.getElement().setAttribute("title", getTranslation("live.typed"));
        Button use = new Button(getTranslation("live.use-theirs"), event -> {
            editor.takeField(field.property(), theirs);
            typedValue.setText(field.text().apply(this, theirs));
        });
        use.setId("changed-" + field.property() + "-use");
        use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(label, theirValue, typedValue, use);
        return row;
    }

    /** The writer chose: the next save goes over their version, and the state is gone until the next change. */
    private void settled(Scene theirs) {
        base = theirs;
        removeAll();
        setVisible(false);
    }
}
