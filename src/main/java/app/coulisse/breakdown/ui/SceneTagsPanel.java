package app.coulisse.breakdown.ui;

import app.coulisse.breakdown.BreakdownElement;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.breakdown.ElementSummary;
import app.coulisse.breakdown.ElementWearer;
import app.coulisse.breakdown.SceneElement;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.Messages;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.SceneDanceNumber;
import app.coulisse.outline.OutlineService;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.IconButton;
import app.coulisse.ui.MaxLength;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Scope;

/**
 * Fast tagging of one scene: characters (by name or cast ID, speaking and dancing toggles),
 * dance numbers (with a note) and elements by category (quantity and note). The boxes take the
 * first match on Enter and create only through their explicit "Create" entry ({@link PickOrCreate});
 * a character created there can be taken back with one Undo. A user who cannot edit sees the tags
 * without any control. Embed it by injecting it (prototype scope) and calling {@link #setScene(long)}.
 */
@SpringComponent
@Scope("prototype")
public class SceneTagsPanel extends VerticalLayout {

    private final transient CastService castService;
    private final transient DanceService danceService;
    private final transient BreakdownService breakdownService;
    private final transient OutlineService outlineService;
    private final boolean roleCanEdit;
    private final List<Component> pickers = new ArrayList<>();
    private boolean editable;

    private final ComboBox<PickOrCreate.Choice<StoryCharacter>> characterField = new ComboBox<>();
    private final Div castList = new Div();
    private final ComboBox<PickOrCreate.Choice<DanceNumber>> danceField = new ComboBox<>();
    private final TextField danceNote = new TextField();
    private final Div danceList = new Div();
    private final Select<ElementCategory> categoryField = new Select<>();
    private final ComboBox<PickOrCreate.Choice<ElementSummary>> elementField = new ComboBox<>();
    private final IntegerField quantityField = new IntegerField();
    private final TextField elementNote = new TextField();
    private final Div elementList = new Div();
    private Long sceneId;
    private final java.util.Map<Long, String> categoryNames = new java.util.HashMap<>();
    private List<StoryCharacter> knownCharacters = List.of();
    private List<DanceNumber> knownDanceNumbers = List.of();
    private List<ElementSummary> knownElements = List.of();
    private PickOrCreate<DanceNumber> danceChooser;
    private PickOrCreate<ElementSummary> elementChooser;

    public SceneTagsPanel(CastService castService, DanceService danceService, BreakdownService breakdownService,
                          OutlineService outlineService, CurrentUser currentUser) {
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.outlineService = outlineService;
        this.roleCanEdit = currentUser.canEdit();
        this.editable = roleCanEdit;
        setId("scene-tags");
        addClassName("scene-tags");
        setPadding(false);
        castList.setId("tagged-cast");
        danceList.setId("tagged-dance-numbers");
        elementList.setId("tagged-elements");
        add(new H3(getTranslation("tags.cast")));
        if (editable) {
            add(picker(characterPicker()));
        }
        add(castList, new H3(getTranslation("tags.dance-numbers")));
        if (editable) {
            add(picker(dancePicker()));
        }
        add(danceList, new H3(getTranslation("tags.elements")));
        if (editable) {
            add(picker(elementPicker()));
        }
        add(elementList);
        breakdownService.categories().forEach(category -> categoryNames.put(category.getId(), shown(category)));
    }

    /** Shows (and from then on tags) the scene with that id. */
    public void setScene(long sceneId) {
        this.sceneId = sceneId;
        editable = roleCanEdit && outlineService.canChange(sceneId);
        pickers.forEach(picker -> picker.setVisible(editable));
        refresh();
    }

    private Component picker(Component picker) {
        pickers.add(picker);
        return picker;
    }

    private HorizontalLayout characterPicker() {
        characterField.setId("tag-character");
        characterField.setAriaLabel(getTranslation("tags.character.pick"));
        characterField.setPlaceholder(getTranslation("tags.character.pick"));
        characterField.setWidth("22em");
        new PickOrCreate<>(characterField, () -> knownCharacters, SceneTagsPanel::matches, StoryCharacter::castLabel,
                StoryCharacter::getName, typed -> typed, this::tagCharacter,
                this::createAndTagCharacter, MaxLength.of(StoryCharacter.class, "name"));
        return new HorizontalLayout(characterField);
    }

    private void tagCharacter(StoryCharacter character) {
        if (character == null || sceneId == null) {
            return;
        }
        castService.tagByHand(sceneId, character.getId());
        characterField.clear();
        changed();
        characterField.focus();
    }

    /** Creates a character from the box and tags it; one Undo in the notification takes both back. */
    private void createAndTagCharacter(String name) {
        if (sceneId == null) {
            return;
        }
        StoryCharacter created = castService.createCharacter(new NewCharacter(name, null, null, null,
                false, CharacterCategory.DAY_PLAYER));
        tagCharacter(created);
        UndoNotification.show(getTranslation("tags.created-character", created.castLabel()), () -> {
            castService.deleteCharacter(created.getId());
            changed();
        });
    }

    private HorizontalLayout dancePicker() {
        danceField.setId("tag-dance-number");
        danceField.setAriaLabel(getTranslation("tags.dance.pick"));
        danceField.setPlaceholder(getTranslation("tags.dance.pick"));
        danceField.setWidth("22em");
        danceChooser = new PickOrCreate<>(danceField, () -> knownDanceNumbers,
                (number, typed) -> number.getTitle().toLowerCase(getLocale()).contains(typed.toLowerCase(getLocale())),
                DanceNumber::getTitle, DanceNumber::getTitle, typed -> typed, picked -> { }, title -> {
                    DanceNumber created = danceService.create(DanceNumberDraft.titled(title));
                    knownDanceNumbers = danceService.danceNumbers();
                    danceChooser.select(created);
                }, MaxLength.of(DanceNumber.class, "title"));
        danceNote.setId("dance-note");
        danceNote.setPlaceholder(getTranslation("tags.note"));
        danceNote.setAriaLabel(getTranslation("tags.note"));
        danceNote.setMaxLength(MaxLength.of(SceneDanceNumber.class, "note"));
        Button add = new Button(getTranslation("tags.add"), VaadinIcon.PLUS.create(), e -> linkDanceNumber());
        add.setId("add-dance-number");
        HorizontalLayout row = new HorizontalLayout(danceField, danceNote, add);
        add.addClickShortcut(Key.ENTER).listenOn(row);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void linkDanceNumber() {
        if (danceField.getValue() == null || sceneId == null) {
            return;
        }
        danceService.link(sceneId, danceField.getValue().item().getId(), danceNote.getValue());
        danceField.clear();
        danceNote.clear();
        changed();
        danceField.focus();
    }

    private VerticalLayout elementPicker() {
        List<ElementCategory> categories = breakdownService.categories();
        categoryField.setId("element-category");
        categoryField.setAriaLabel(getTranslation("tags.category"));
        categoryField.setItems(categories);
        categoryField.setItemLabelGenerator(this::shown);
        categoryField.addValueChangeListener(event -> loadElements());
        elementField.setId("tag-element");
        elementField.setAriaLabel(getTranslation("tags.element.pick"));
        elementField.setPlaceholder(getTranslation("tags.element.pick"));
        elementChooser = new PickOrCreate<>(elementField, () -> knownElements,
                (element, typed) -> element.name().toLowerCase(getLocale()).contains(typed.toLowerCase(getLocale())),
                ElementSummary::name, ElementSummary::name, typed -> typed, picked -> { }, name -> {
                    if (categoryField.getValue() != null) {
                        BreakdownElement created = breakdownService.createElement(categoryField.getValue().getId(), name);
                        loadElements();
                        elementChooser.select(new ElementSummary(created.getId(), created.getCategory().getId(),
                                created.getName(), 0));
                    }
                }, MaxLength.of(BreakdownElement.class, "name"));
        quantityField.setId("element-quantity");
        quantityField.setAriaLabel(getTranslation("tags.quantity"));
        quantityField.setMin(1);
        quantityField.setValue(1);
        quantityField.setStepButtonsVisible(true);
        quantityField.setWidth("7em");
        elementNote.setId("element-note");
        elementNote.setPlaceholder(getTranslation("tags.note"));
        elementNote.setAriaLabel(getTranslation("tags.note"));
        elementNote.setMaxLength(MaxLength.of(SceneElement.class, "note"));
        Button add = new Button(getTranslation("tags.add"), VaadinIcon.PLUS.create(), e -> tagElement());
        add.setId("add-element");
        HorizontalLayout row = new HorizontalLayout(categoryField, elementField, quantityField, elementNote, add);
        add.addClickShortcut(Key.ENTER).listenOn(row);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        FlexLayout quickAdd = new FlexLayout();
        quickAdd.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        quickAdd.addClassName("quick-add");
        for (ElementCategory category : categories) {
            Button quick = new Button("+ " + shown(category), e -> {
                categoryField.setValue(category);
                elementField.focus();
            });
            quick.setId("quick-add-" + category.getId());
            quick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            quick.getStyle().set("border-left", "4px solid " + category.getColour());
            quickAdd.add(quick);
        }
        if (!categories.isEmpty()) {
            categoryField.setValue(categories.get(0));
        }
        VerticalLayout picker = new VerticalLayout(quickAdd, row);
        picker.setPadding(false);
        picker.setSpacing(false);
        return picker;
    }

    private String shown(ElementCategory category) {
        return category.displayName(Messages.bundled(), getLocale());
    }

    private void loadElements() {
        elementField.clear();
        ElementCategory category = categoryField.getValue();
        knownElements = category == null ? List.of() : breakdownService.elements(category.getId());
        elementChooser.refresh();
    }

    private void tagElement() {
        if (elementField.getValue() == null || sceneId == null) {
            return;
        }
        breakdownService.tagElement(sceneId, elementField.getValue().item().id(),
                quantityField.getValue() == null ? 1 : quantityField.getValue(), elementNote.getValue());
        elementField.clear();
        quantityField.setValue(1);
        elementNote.clear();
        changed();
        elementField.focus();
    }

    private void changed() {
        refresh();
    }

    private void refresh() {
        if (editable) {
            knownCharacters = castService.characters();
            knownDanceNumbers = danceService.danceNumbers();
            characterField.getDataProvider().refreshAll();
            danceField.getDataProvider().refreshAll();
        }
        castList.removeAll();
        List<SceneAppearance> cast = castService.sceneCast(sceneId);
        for (SceneAppearance appearance : cast) {
            castList.add(castRow(appearance));
        }
        danceList.removeAll();
        for (DanceLink link : danceService.sceneNumbers(sceneId)) {
            danceList.add(danceRow(link));
        }
        elementList.removeAll();
        Map<Long, Set<Long>> wearers = breakdownService.sceneWearers(sceneId).stream().collect(Collectors.groupingBy(
                ElementWearer::elementId, Collectors.mapping(ElementWearer::characterId, Collectors.toSet())));
        for (ElementLink link : breakdownService.sceneElements(sceneId)) {
            elementList.add(elementRow(link, cast, wearers.getOrDefault(link.elementId(), Set.of())));
        }
    }

    /** A character matches by name (any part) or by cast ID (from its start), so "3" and "chey" both find Cheyenne. */
    static boolean matches(StoryCharacter character, String filter) {
        String text = filter == null ? "" : filter.trim().toLowerCase();
        return text.isEmpty() || character.getName().toLowerCase().contains(text)
                || String.valueOf(character.getCastId()).startsWith(text)
                || character.castLabel().toLowerCase().startsWith(text);
    }

    private HorizontalLayout castRow(SceneAppearance appearance) {
        Span label = new Span(appearance.castLabel());
        label.addClassName("tag-label");
        Checkbox speaking = new Checkbox(getTranslation("tags.speaking"), appearance.speaking());
        speaking.setId("speaking-" + appearance.castId());
        Checkbox dancing = new Checkbox(getTranslation("tags.dancing"), appearance.dancing());
        dancing.setId("dancing-" + appearance.castId());
        HorizontalLayout row = new HorizontalLayout(label, speaking, dancing);
        row.setId("appearance-" + appearance.castId());
        row.addClassName("tag-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (editable) {
            speaking.addValueChangeListener(e -> retag(appearance.characterId(), speaking, dancing));
            dancing.addValueChangeListener(e -> retag(appearance.characterId(), speaking, dancing));
            row.add(removeButton("untag-" + appearance.castId(), () -> castService.untag(sceneId, appearance.characterId())));
        } else {
            speaking.setReadOnly(true);
            dancing.setReadOnly(true);
        }
        return row;
    }

    private void retag(long characterId, Checkbox speaking, Checkbox dancing) {
        castService.tag(sceneId, characterId, speaking.getValue(), dancing.getValue());
        changed();
    }

    private HorizontalLayout danceRow(DanceLink link) {
        Span title = new Span(link.title());
        title.addClassName("tag-label");
        HorizontalLayout row = new HorizontalLayout(title);
        if (link.note() != null) {
            Span note = new Span(link.note());
            note.addClassName("tag-note");
            row.add(note);
        }
        row.setId("dance-number-" + link.danceNumberId());
        row.addClassName("tag-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (editable) {
            row.add(removeButton("unlink-" + link.danceNumberId(), () -> danceService.unlink(sceneId, link.danceNumberId())));
        }
        return row;
    }

    private HorizontalLayout elementRow(ElementLink link, List<SceneAppearance> cast, Set<Long> wearers) {
        Span category = new Span(categoryNames.getOrDefault(link.categoryId(), link.categoryName()));
        category.addClassName("category-badge");
        category.getStyle().set("border-left-color", link.colour());
        Span name = new Span(link.quantity() > 1 ? link.elementName() + " × " + link.quantity() : link.elementName());
        name.addClassName("tag-label");
        HorizontalLayout row = new HorizontalLayout(category, name);
        if (link.note() != null) {
            Span note = new Span(link.note());
            note.addClassName("tag-note");
            row.add(note);
        }
        row.setId("element-" + link.elementId());
        row.addClassName("tag-row");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (!cast.isEmpty() && (editable || !wearers.isEmpty())) {
            row.add(wornBy(link, cast, wearers));
        }
        if (editable) {
            row.add(removeButton("untag-element-" + link.elementId(), () -> breakdownService.untagElement(sceneId, link.elementId())));
        }
        return row;
    }

    /** Who of the scene's cast wears the element (a costume, pointe shoes); no one picked: the whole scene's. */
    private MultiSelectComboBox<SceneAppearance> wornBy(ElementLink link, List<SceneAppearance> cast, Set<Long> wearers) {
        MultiSelectComboBox<SceneAppearance> wornBy = new MultiSelectComboBox<>();
        wornBy.setId("worn-by-" + link.elementId());
        wornBy.setAriaLabel(getTranslation("tags.worn-by"));
        wornBy.setPlaceholder(getTranslation("tags.worn-by.whole-scene"));
        wornBy.setItems(cast);
        wornBy.setItemLabelGenerator(SceneAppearance::castLabel);
        wornBy.setWidth("16em");
        wornBy.setValue(cast.stream().filter(appearance -> wearers.contains(appearance.characterId()))
                .collect(Collectors.toSet()));
        wornBy.setReadOnly(!editable);
        wornBy.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                breakdownService.giveElement(sceneId, link.elementId(), event.getValue().stream()
                        .map(SceneAppearance::characterId).collect(Collectors.toSet()));
            }
        });
        return wornBy;
    }

    private Button removeButton(String id, Runnable removal) {
        return new IconButton(VaadinIcon.CLOSE_SMALL, "tags.remove", id, () -> {
            removal.run();
            changed();
        }).with(ButtonVariant.LUMO_ERROR);
    }
}
