package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.SceneElement;
import app.coulisse.cast.CastService;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.dance.DanceService;
import app.coulisse.highlight.TagKind;
import app.coulisse.highlight.TagTarget;
import app.coulisse.ui.MaxLength;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The small menu on selected words: tag them as a character, a dance number or an element of a category — existing
 * or new (the words themselves, preselected) — with a quantity and note for an element. Two clicks: the kind, then
 * Tag (or Enter). A refusal shows its translated reason at the name box and changes nothing.
 */
class HighlightMenu extends Dialog {

    /** The kind of tag last made, and the element category when it was an element: what "T" repeats. */
    record LastKind(TagKind kind, Long categoryId) implements Serializable {
    }

    /** Makes the tag; throws a {@link DomainException} when refused. */
    interface Tagger extends Serializable {
        void tag(TagTarget target);
    }

    /** One entry of the name box: a known item by id, or a new one named as typed. */
    record Choice(Long id, String label) implements Serializable {
    }

    private final transient CastService castService;
    private final transient DanceService danceService;
    private final transient BreakdownService breakdownService;
    private final String words;
    private final Tagger tagger;
    private final SerializableConsumer<LastKind> tagged;
    private final ComboBox<Choice> name = new ComboBox<>();
    private final IntegerField quantity = new IntegerField();
    private final TextField note = new TextField();
    private final Div form = new Div();
    private LastKind kind;

    HighlightMenu(String title, String words, CastService castService, DanceService danceService,
                  BreakdownService breakdownService, Tagger tagger, SerializableConsumer<LastKind> tagged) {
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.words = words;
        this.tagger = tagger;
        this.tagged = tagged;
        setHeaderTitle(title);
        setId("highlight-menu");
        setWidth("min(40rem, 96vw)");
        FlexLayout kinds = new FlexLayout();
        kinds.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        kinds.addClassName("highlight-kinds");
        kinds.add(kindButton("highlight-as-character", getTranslation("highlight.as.character"), null,
                new LastKind(TagKind.CHARACTER, null)));
        kinds.add(kindButton("highlight-as-dance-number", getTranslation("highlight.as.dance-number"), null,
                new LastKind(TagKind.DANCE_NUMBER, null)));
        for (ElementCategory category : breakdownService.categories()) {
            kinds.add(kindButton("highlight-as-category-" + category.getId(),
                    category.displayName(Messages.bundled(), getLocale()), category.getColour(),
                    new LastKind(TagKind.ELEMENT, category.getId())));
        }
        name.setId("highlight-name");
        name.setAriaLabel(getTranslation("highlight.name"));
        name.setLabel(getTranslation("highlight.name"));
        name.setWidthFull();
        name.setAllowCustomValue(true);
        name.setItemLabelGenerator(Choice::label);
        name.addCustomValueSetListener(event -> name.setValue(newChoice(event.getDetail())));
        quantity.setId("highlight-quantity");
        quantity.setLabel(getTranslation("tags.quantity"));
        quantity.setMin(1);
        quantity.setValue(1);
        quantity.setStepButtonsVisible(true);
        quantity.setWidth("8em");
        note.setId("highlight-note");
        note.setLabel(getTranslation("tags.note"));
        note.setMaxLength(MaxLength.of(SceneElement.class, "note"));
        form.setVisible(false);
        form.setWidthFull();
        Button tag = new Button(getTranslation("highlight.tag.action"), event -> tag());
        tag.setId("highlight-tag");
        tag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tag.addClickShortcut(Key.ENTER).listenOn(this);
        form.add(name, new HorizontalLayout(quantity, note));
        add(kinds, form);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("highlight-cancel");
        getFooter().add(cancel, tag);
    }

    /** Adds "Remove highlight" to the footer: the menu of an existing highlight, which retags or removes it. */
    HighlightMenu withRemove(Runnable removal) {
        Button remove = new Button(getTranslation("highlight.remove"), event -> {
            close();
            removal.run();
        });
        remove.setId("highlight-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().addComponentAtIndex(0, remove);
        return this;
    }

    private Button kindButton(String id, String label, String colour, LastKind chosen) {
        Button button = new Button(label, event -> choose(chosen));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (colour != null) {
            button.getStyle().set("border-left", "4px solid " + colour);
        }
        return button;
    }

    /** Shows the name box for the kind, the words' match preselected, else the words as a new name. */
    void choose(LastKind chosen) {
        kind = chosen;
        List<Choice> known = switch (chosen.kind()) {
            case CHARACTER -> castService.characters().stream()
                    .map(character -> new Choice(character.getId(), character.castLabel())).toList();
            case DANCE_NUMBER -> danceService.danceNumbers().stream()
                    .map(number -> new Choice(number.getId(), number.getTitle())).toList();
            case ELEMENT -> breakdownService.elements(chosen.categoryId()).stream()
                    .map(element -> new Choice(element.id(), element.name())).toList();
        };
        Choice match = match(known, words, chosen.kind() == TagKind.CHARACTER
                ? label -> label.substring(label.indexOf(". ") + 2) : Function.identity());
        List<Choice> items = new ArrayList<>(known);
        Choice preselected = match != null ? match : newChoice(words);
        if (match == null) {
            items.addFirst(preselected);
        }
        name.setItems(items);
        name.setValue(preselected);
        name.setInvalid(false);
        quantity.setVisible(chosen.kind() == TagKind.ELEMENT);
        note.setVisible(chosen.kind() != TagKind.CHARACTER);
        form.setVisible(true);
        name.focus();
    }

    /** The known item whose name is the words, ignoring case and the spaces around them. */
    static Choice match(List<Choice> known, String words, Function<String, String> nameOf) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        return known.stream().filter(choice -> nameOf.apply(choice.label()).strip().toLowerCase(Locale.ROOT)
                .equals(wanted)).findFirst().orElse(null);
    }

    private Choice newChoice(String typed) {
        return new Choice(null, typed == null ? "" : typed.strip());
    }

    /** Tags with the fields as they are, without showing the menu (T); a refusal is thrown to the caller. */
    void tagNow() {
        tagger.tag(target(kind, name.getValue(), quantity.getValue(), note.getValue()));
        tagged.accept(kind);
    }

    private void tag() {
        if (kind == null || name.getValue() == null) {
            return;
        }
        try {
            tagNow();
            close();
        } catch (DomainException refused) {
            name.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
            name.setInvalid(true);
        }
    }

    /** The tag the menu's fields say to make. */
    static TagTarget target(LastKind kind, Choice choice, Integer quantity, String note) {
        String newName = choice.id() == null ? choice.label() : null;
        return switch (kind.kind()) {
            case CHARACTER -> new TagTarget.Character(choice.id(), newName);
            case DANCE_NUMBER -> new TagTarget.DanceNumber(choice.id(), newName, note);
            case ELEMENT -> new TagTarget.Element(choice.id(), kind.categoryId(), newName,
                    quantity == null ? 1 : quantity, note);
        };
    }

    /** A consumer a dialog can keep. */
    interface SerializableConsumer<T> extends Serializable {
        void accept(T value);
    }
}
