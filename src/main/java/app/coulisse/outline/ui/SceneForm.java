package app.coulisse.outline.ui;

import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import app.coulisse.outline.EpisodeBoard;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCity;
import app.coulisse.outline.StorySet;
import app.coulisse.outline.Storyline;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.ui.BeanForm;
import app.coulisse.ui.ParsingConverter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scene's own fields: heading (number, I/E, set, time of day, story day), length, storylines, city,
 * location, synopsis and notes, bound to the constraints on {@link Scene}. A scene needs a set; the synopsis
 * shows how much of its limit is used. Enter in a one-line field saves, but only a valid scene.
 */
class SceneForm extends BeanForm<Scene> {

    private final transient EpisodeBoard board;
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
    private final List<StorySet> setItems;
    /** The synopsis as loaded when it is the script's first action line (record 038); the mark goes once edited. */
    private String scriptSynopsis;

    SceneForm(EpisodeBoard board, List<StorySet> catalog, Scene scene) {
        super(Scene.class, () -> new Scene(board.episode()));
        this.board = board;
        this.setItems = new ArrayList<>(catalog);
        build();
        read(scene);
        scriptSynopsis = scene.isSynopsisFromScript() ? scene.getSynopsis() : null;
        countSynopsis();
        if (scene.isNew() || !board.episode().isNumbersLocked()) {
            number.setReadOnly(true);
            number.setHelperText(getTranslation(scene.isNew() ? "scene.number.assigned" : "scene.number.follows-order"));
        }
        startIn(scene.isNew() || number.isReadOnly() ? intExt : number);
        for (Component field : List.<Component>of(number, storyDay, length, shootingLocation)) {
            Shortcuts.addShortcutListener(field, this::save, Key.ENTER).listenOn(field);
        }
    }

    private void build() {
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
        set.addCustomValueSetListener(event -> typedSet(event.getDetail()));
        binder.forField(set).asRequired(getTranslation("scene.set.required")).bind("set");

        timeOfDay.setId("scene-time");
        timeOfDay.setLabel(getTranslation("scene.time-of-day"));
        timeOfDay.setItems(TimeOfDay.values());
        timeOfDay.setItemLabelGenerator(time -> getTranslation("time-of-day." + time.name()));
        binder.forField(timeOfDay).bind("timeOfDay");

        storyDay.setId("scene-story-day");
        storyDay.setLabel(getTranslation("scene.story-day"));
        storyDay.setMin(1);
        storyDay.setMax(999);
        String storyDayRange = getTranslation("scene.story-day.range");
        storyDay.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(storyDayRange)
                .setMaxErrorMessage(storyDayRange).setBadInputErrorMessage(getTranslation("scene.story-day.unreadable")));
        binder.forField(storyDay).bind("storyDay");

        length.setId("scene-length");
        length.setLabel(getTranslation("scene.length"));
        length.setHelperText(getTranslation("scene.length.helper"));
        binder.forField(length).withConverter(ParsingConverter.of(Eighths::parse, Eighths::format)).bind("eighths");
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

        // No maxlength on the text areas: the browser would cut a long paste silently; the binder refuses it with the limit.
        synopsis.setId("scene-synopsis");
        synopsis.setLabel(getTranslation("scene.synopsis"));
        synopsis.setValueChangeMode(ValueChangeMode.LAZY);
        synopsis.addValueChangeListener(event -> countSynopsis());
        binder.forField(synopsis).withNullRepresentation("").bind("synopsis");
        countSynopsis();

        notes.setId("scene-notes");
        notes.setLabel(getTranslation("scene.notes"));
        binder.forField(notes).withNullRepresentation("").bind("notes");

        add(number, intExt, set, timeOfDay, storyDay, length, storylines, storyCity, shootingLocation, synopsis, notes);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 3));
        setColspan(set, 2);
        setColspan(storylines, 2);
        setColspan(shootingLocation, 2);
        setColspan(synopsis, 3);
        setColspan(notes, 3);
    }

    /** What the fields hold now, valid or not, in a fresh copy. */
    Scene typed() {
        Scene typed = new Scene(board.episode());
        binder.writeBeanAsDraft(typed, true);
        return typed;
    }

    /** Shows one field ("synopsis", "eighths"…) as it is in another version of the scene. */
    void takeField(String property, Scene other) {
        binder.getBinding(property).ifPresent(binding -> binding.read(other));
    }

    /** A set typed rather than picked: the catalog's one of that name, a new one otherwise; blank clears the field. */
    private void typedSet(String typed) {
        String name = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            set.clear();
            return;
        }
        StorySet chosen = setItems.stream().filter(known -> known.getName().equalsIgnoreCase(name)).findFirst()
                .orElseGet(() -> {
                    StorySet fresh = new StorySet(board.series(), name);
                    setItems.add(fresh);
                    set.setItems(setItems);
                    return fresh;
                });
        set.setValue(chosen);
    }

    private void countSynopsis() {
        NumberFormat counts = NumberFormat.getIntegerInstance(getLocale());
        String counter = getTranslation("scene.synopsis.counter", counts.format(synopsis.getValue().length()),
                counts.format(Scene.SYNOPSIS_MAX));
        boolean fromScript = scriptSynopsis != null && scriptSynopsis.equals(synopsis.getValue());
        synopsis.setHelperText(fromScript ? getTranslation("scene.synopsis.from-script.helper", counter) : counter);
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
}
