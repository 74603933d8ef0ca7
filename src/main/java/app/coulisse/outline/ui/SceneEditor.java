package app.coulisse.outline.ui;

import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.outline.Act;
import app.coulisse.outline.EpisodeBoard;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.StorySet;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The scene editor: every heading field, length, synopsis, notes and storylines of one scene, new or
 * existing. The form reads the scene but writes into a fresh copy that carries the version it was
 * loaded with, so a concurrent save is reported as a conflict and what the user typed stays on
 * screen. Other features add their own part of the editor (tagging) with {@link #addSections}.
 */
public class SceneEditor extends Dialog {

    private final transient OutlineService outlineService;
    private final transient EpisodeBoard board;
    private final Scene scene;
    private final Act act;
    private final int index;
    private final boolean editable;
    private long loadedVersion;

    private final SceneForm form;
    private final VerticalLayout notices = new VerticalLayout();
    private final VerticalLayout sections = new VerticalLayout();
    private final Button save;

    private SceneEditor(OutlineService outlineService, EpisodeBoard board, List<StorySet> catalog, Scene scene, Act act,
                        int index, boolean editable) {
        this.outlineService = outlineService;
        this.board = board;
        this.scene = scene;
        this.act = act;
        this.index = index;
        this.loadedVersion = scene.getVersion();
        this.editable = editable;
        this.form = new SceneForm(board, catalog, scene);
        this.save = form.saveButton();
        setId("scene-editor");
        setHeaderTitle(scene.isNew() ? getTranslation("scene.editor.new",
                act == null ? "" : act.displayName(Messages.bundled(), getLocale()))
                : getTranslation("scene.editor.title", scene.getNumber()));
        setWidth("min(56rem, 96vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        notices.setPadding(false);
        notices.addClassName("scene-editor-notices");
        sections.setPadding(false);
        sections.setVisible(false);
        add(notices, form, sections);
        buildButtons(editable);
        form.setReadOnly(!editable);
        form.addSaveListener(event -> save(event.getBean()));
        form.addCloseListener(event -> close());
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                form.focusFirst();
            }
        });
    }

    /** An editor for an existing scene of the board's episode; read-only when {@code editable} is false. */
    public static SceneEditor forScene(OutlineService outlineService, StoryCatalogService catalog, EpisodeBoard board,
                                       Scene scene, boolean editable) {
        return new SceneEditor(outlineService, board, catalog.sets(), scene, scene.getAct(), 0, editable);
    }

    /** An editor for a new scene, to be inserted into {@code act} at {@code index}. */
    public static SceneEditor forNewScene(OutlineService outlineService, StoryCatalogService catalog, EpisodeBoard board,
                                          Act act, int index) {
        return new SceneEditor(outlineService, board, catalog.sets(), new Scene(board.episode()), act, index, true);
    }

    /** Adds the parts other features contribute: their notices above the fields, the rest (tagging…) below them. */
    public void addSections(List<SceneEditorSection> contributed) {
        for (SceneEditorSection section : contributed) {
            Component part = section.create(scene.getId());
            if (section.isNotice()) {
                notices.add(part);
            } else {
                sections.add(part);
                sections.setVisible(true);
            }
        }
    }

    /** Adds a Delete button to the footer (offered while numbers are unlocked); {@code ask} confirms and deletes. */
    public void addDeleteButton(Runnable ask) {
        Button delete = new Button(getTranslation("scene.delete"), VaadinIcon.TRASH.create(), event -> ask.run());
        delete.setId("scene-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getStyle().set("margin-inline-end", "auto");
        getFooter().addComponentAtIndex(0, delete);
    }

    /** The scene as the editor loaded it (its id, and the version a save carries: {@link #loadedVersion}). */
    public Scene loadedScene() {
        return scene;
    }

    /** The version a save carries: the one loaded, or the one adopted with {@link #adopt}. */
    public long loadedVersion() {
        return loadedVersion;
    }

    /** Whether the user may save (false for the production office). */
    public boolean isEditable() {
        return editable;
    }

    /** What the fields hold now, valid or not, in a fresh copy. */
    public Scene typed() {
        return form.typed();
    }

    /** Shows one field ("synopsis", "eighths"…) as it is in another version of the scene. */
    public void takeField(String property, Scene other) {
        form.takeField(property, other);
    }

    /** Saves from now on over {@code other}'s version; with {@code showIt}, the fields show it too. */
    public void adopt(Scene other, boolean showIt) {
        if (showIt) {
            form.read(other);
        }
        loadedVersion = other.getVersion();
    }

    /** Called after a successful save, with the saved scene. */
    public Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
        return addListener(SavedEvent.class, listener);
    }

    private void buildButtons(boolean editable) {
        // Cancel and Esc ask before throwing typed text away; an unchanged form closes at once.
        Button cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), event -> form.close());
        cancel.setId("scene-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        if (!editable) {
            getFooter().add(cancel);
            return;
        }
        save.setId("scene-save");
        // Enter saves from the one-line fields (the form); in the text areas Enter is a new line, so Ctrl+Enter saves.
        Shortcuts.addShortcutListener(this, form::save, Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        getFooter().add(cancel, save);
    }

    private void save(Scene edited) {
        edited.setVersion(loadedVersion);
        try {
            Scene saved = scene.isNew()
                    ? outlineService.insertScene(board.episode().getId(), act.getId(), index, edited)
                    : outlineService.saveScene(scene.getId(), edited);
            fireEvent(new SavedEvent(this, saved));
            close();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("scene.conflict", scene.getNumber()));
        }
    }

    /** A scene was saved from the editor. */
    public static class SavedEvent extends ComponentEvent<SceneEditor> {

        private final transient Scene scene;

        public SavedEvent(SceneEditor source, Scene scene) {
            super(source, false);
            this.scene = scene;
        }

        public Scene getScene() {
            return scene;
        }
    }
}
