package app.coulisse.outline.ui;

import app.coulisse.core.DomainException;
import app.coulisse.outline.Act;
import app.coulisse.outline.Eighths;
import app.coulisse.outline.EpisodeBoard;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.StoryCity;
import app.coulisse.outline.StorySet;
import app.coulisse.outline.Storyline;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The scene editor: every heading field, length, synopsis, notes and storylines of one scene, new or
 * existing. The form reads the scene but writes into a fresh copy that carries the version it was
 * loaded with, so a concurrent save is reported as a conflict and what the user typed stays on
 * screen. Other features add their own part of the editor (tagging) with {@link #addSection}.
 */
public class SceneEditor extends Dialog {

    private final transient OutlineService outlineService;
    private final transient EpisodeBoard board;
    private final Scene scene;
    private final Act act;
    private final int index;
    private final boolean editable;
    private long loadedVersion;

    private final BeanValidationBinder<Scene> binder = new BeanValidationBinder<>(Scene.class);
    private final TextField number = new TextField();
    private final Select<IntExt> intExt = new Select<>();
    private final ComboBox<StorySet> set = new ComboBox<>();
    private final Select<TimeOfDay> timeOfDay = new Select<>();
    private final IntegerField storyDay = new IntegerField();
    private final TextField length = new TextField();
    private final MultiSelectComboBox<Storyline> storylines = new MultiSelectComboBox<>();
    private final TextArea synopsis = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextField shootingLocation = new TextField();
    private final Select<StoryCity> storyCity = new Select<>();
    private final VerticalLayout sections = new VerticalLayout();
    private final Button save = new Button();
    private final List<StorySet> setItems;

    private SceneEditor(OutlineService outlineService, EpisodeBoard board, List<StorySet> catalog, Scene scene, Act act,
                        int index, boolean editable) {
        this.outlineService = outlineService;
        this.board = board;
        this.scene = scene;
        this.act = act;
        this.index = index;
        this.loadedVersion = scene.getVersion();
        this.editable = editable;
        this.setItems = new ArrayList<>(catalog);
        setId("scene-editor");
        setHeaderTitle(scene.isNew() ? getTranslation("scene.editor.new", act == null ? "" : act.getName())
                : getTranslation("scene.editor.title", scene.getNumber()));
        setWidth("min(56rem, 96vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        buildForm();
        binder.readBean(scene);
        if (scene.isNew() || !board.episode().isNumbersLocked()) {
            number.setReadOnly(true);
            number.setHelperText(getTranslation(scene.isNew() ? "scene.number.assigned" : "scene.number.follows-order"));
        }
        buildButtons(editable);
        binder.setReadOnly(!editable);
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

    /** Adds a part below the form (e.g. the tagging panel of the scene being edited). */
    public void addSection(Component section) {
        sections.add(section);
        sections.setVisible(true);
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
        Scene typed = new Scene(board.episode());
        binder.writeBeanAsDraft(typed, true);
        return typed;
    }

    /** Shows one field ("synopsis", "eighths"…) as it is in another version of the scene. */
    public void takeField(String property, Scene other) {
        binder.getBinding(property).ifPresent(binding -> binding.read(other));
    }

    /** Saves from now on over {@code other}'s version; with {@code showIt}, the fields show it too. */
    public void adopt(Scene other, boolean showIt) {
        if (showIt) {
            binder.readBean(other);
        }
        loadedVersion = other.getVersion();
    }

    /** Called after a successful save, with the saved scene. */
    public Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
        return addListener(SavedEvent.class, listener);
    }

    private void buildForm() {
        number.setId("scene-number");
        number.setLabel(getTranslation("scene.number"));
        binder.forField(number).withNullRepresentation("").bind("number");

        intExt.setId("scene-int-ext");
        intExt.setLabel(getTranslation("scene.int-ext"));
        intExt.setItems(IntExt.values());
        intExt.setItemLabelGenerator(IntExt::heading);
        binder.forField(intExt).bind("intExt");

        set.setId("scene-set");
        set.setLabel(getTranslation("scene.set"));
        set.setHelperText(getTranslation("scene.set.helper"));
        set.setItems(setItems);
        set.setItemLabelGenerator(StorySet::getName);
        set.setAllowCustomValue(true);
        set.setClearButtonVisible(true);
        set.addCustomValueSetListener(event -> {
            String name = event.getDetail().trim().toUpperCase();
            StorySet typed = setItems.stream().filter(known -> known.getName().equalsIgnoreCase(name)).findFirst()
                    .orElseGet(() -> {
                        StorySet fresh = new StorySet(board.series(), name);
                        setItems.add(fresh);
                        set.setItems(setItems);
                        return fresh;
                    });
            set.setValue(typed);
        });
        binder.forField(set).bind("set");

        timeOfDay.setId("scene-time");
        timeOfDay.setLabel(getTranslation("scene.time-of-day"));
        timeOfDay.setItems(TimeOfDay.values());
        timeOfDay.setItemLabelGenerator(time -> getTranslation("time-of-day." + time.name()));
        binder.forField(timeOfDay).bind("timeOfDay");

        storyDay.setId("scene-story-day");
        storyDay.setLabel(getTranslation("scene.story-day"));
        storyDay.setMin(1);
        binder.forField(storyDay).bind("storyDay");

        length.setId("scene-length");
        length.setLabel(getTranslation("scene.length"));
        length.setHelperText(getTranslation("scene.length.helper"));
        binder.forField(length).withConverter(new LengthConverter()).bind("eighths");
        length.addValueChangeListener(event -> normaliseLength());

        storylines.setId("scene-storylines");
        storylines.setLabel(getTranslation("scene.storylines"));
        storylines.setItems(board.storylines());
        storylines.setItemLabelGenerator(storyline -> storyline.getLabel() + " — " + storyline.getName());
        binder.forField(storylines).bind("storylines");

        shootingLocation.setId("scene-location");
        shootingLocation.setLabel(getTranslation("scene.shooting-location"));
        binder.forField(shootingLocation).withNullRepresentation("").bind("shootingLocation");

        storyCity.setId("scene-city");
        storyCity.setLabel(getTranslation("scene.story-city"));
        storyCity.setItems(StoryCity.values());
        storyCity.setEmptySelectionAllowed(true);
        storyCity.setEmptySelectionCaption(getTranslation("scene.story-city.none"));
        storyCity.setItemLabelGenerator(city -> city == null ? getTranslation("scene.story-city.none")
                : getTranslation("story-city." + city.name()));
        binder.forField(storyCity).bind("storyCity");

        synopsis.setId("scene-synopsis");
        synopsis.setLabel(getTranslation("scene.synopsis"));
        synopsis.setMaxLength(2000);
        binder.forField(synopsis).withNullRepresentation("").bind("synopsis");

        notes.setId("scene-notes");
        notes.setLabel(getTranslation("scene.notes"));
        notes.setMaxLength(4000);
        binder.forField(notes).withNullRepresentation("").bind("notes");

        FormLayout form = new FormLayout(number, intExt, set, timeOfDay, storyDay, length, storylines, storyCity,
                shootingLocation, synopsis, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        form.setColspan(set, 2);
        form.setColspan(storylines, 2);
        form.setColspan(shootingLocation, 2);
        form.setColspan(synopsis, 3);
        form.setColspan(notes, 3);
        sections.setPadding(false);
        sections.setVisible(false);
        add(form, sections);
    }

    private void buildButtons(boolean editable) {
        Button cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), event -> close());
        cancel.setId("scene-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        if (!editable) {
            getFooter().add(cancel);
            return;
        }
        save.setText(getTranslation("action.save"));
        save.setId("scene-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        // Enter saves from the one-line fields; in the text areas Enter is a new line, so Ctrl+Enter saves.
        save.addClickShortcut(Key.ENTER).listenOn(number, storyDay, length, shootingLocation);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        binder.addStatusChangeListener(event -> save.setEnabled(binder.isValid()));
        save.setEnabled(binder.isValid());
        getFooter().add(cancel, save);
    }

    private void normaliseLength() {
        try {
            String normal = Eighths.format(Eighths.parse(length.getValue()));
            if (!normal.equals(length.getValue())) {
                length.setValue(normal);
            }
        } catch (DomainException unreadable) {
            // The binder shows why; the text stays as typed so it can be corrected.
        }
    }

    private void save() {
        Scene edited = new Scene(board.episode());
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
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

    /** Reads "1 3/8", "11/8", "3/8", "2" into eighths; a refusal becomes the field's translated error. */
    private final class LengthConverter implements Converter<String, Integer> {

        @Override
        public Result<Integer> convertToModel(String value, ValueContext context) {
            try {
                return Result.ok(Eighths.parse(value));
            } catch (DomainException refused) {
                return Result.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
            }
        }

        @Override
        public String convertToPresentation(Integer value, ValueContext context) {
            return value == null ? "" : Eighths.format(value);
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
