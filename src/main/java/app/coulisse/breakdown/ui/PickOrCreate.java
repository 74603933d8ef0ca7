package app.coulisse.breakdown.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A tagging box that picks, never guesses: the suggestions are the known items that match what is typed, then an
 * explicit "Create 'TOB'" entry. Enter (the browser's custom value) takes the first suggestion, so "Tob" takes
 * TOBIAS BELL; only choosing the Create entry (or Enter when nothing matches) creates. A name shorter than
 * {@link #SHORTEST_NAME} letters or one that starts an existing name is not created before the full name is asked.
 *
 * @param <T> the kind of item picked (a character, a dance number, an element)
 */
final class PickOrCreate<T> implements Serializable {

    /** Names shorter than this are taken for an abbreviation: the full name is asked before creating. */
    static final int SHORTEST_NAME = 3;

    /** One suggestion: a known item, or the offer to create one with the typed name. */
    record Choice<T>(T item, String newName) implements Serializable {
    }

    /** Whether an item matches the typed text. */
    interface Matcher<T> extends Serializable {
        boolean matches(T item, String typed);
    }

    private final ComboBox<Choice<T>> box;
    private final transient Supplier<List<T>> items;
    private final Matcher<T> matcher;
    private final Function<T, String> name;
    private final Function<String, String> normalise;
    private final Consumer<T> picked;
    private final Consumer<String> create;
    private final int longestName;

    /**
     * Wires {@code box}: {@code label} shows an item, {@code name} is what a new name must not start,
     * {@code normalise} turns typed text into the name to create (e.g. upper case for characters), and
     * {@code longestName} is the created entity's own limit (see {@link app.coulisse.ui.MaxLength}).
     */
    PickOrCreate(ComboBox<Choice<T>> box, Supplier<List<T>> items, Matcher<T> matcher, Function<T, String> label,
                 Function<T, String> name, Function<String, String> normalise, Consumer<T> picked,
                 Consumer<String> create, int longestName) {
        this.box = box;
        this.items = items;
        this.matcher = matcher;
        this.name = name;
        this.normalise = normalise;
        this.picked = picked;
        this.create = create;
        this.longestName = longestName;
        box.setAllowCustomValue(true);
        box.setItemLabelGenerator(choice -> choice.item() != null ? label.apply(choice.item())
                : box.getTranslation("tags.create", choice.newName()));
        box.setItems(query -> {
            List<Choice<T>> all = choices(query.getFilter().orElse(""));
            return all.stream().skip(query.getOffset()).limit(query.getLimit());
        }, query -> choices(query.getFilter().orElse("")).size());
        box.addValueChangeListener(event -> take(event.getValue()));
        box.addCustomValueSetListener(event -> {
            List<Choice<T>> suggestions = choices(event.getDetail());
            if (!suggestions.isEmpty()) {
                box.setValue(suggestions.get(0));
            }
        });
    }

    /** The suggestions for typed text: the matching items, then the Create entry unless the text names one exactly. */
    List<Choice<T>> choices(String typed) {
        String text = typed == null ? "" : typed.trim();
        List<Choice<T>> choices = new ArrayList<>();
        boolean exact = false;
        for (T item : items.get()) {
            if (text.isEmpty() || matcher.matches(item, text)) {
                choices.add(new Choice<>(item, null));
                exact |= name.apply(item).equalsIgnoreCase(text);
            }
        }
        if (!text.isEmpty() && !exact) {
            choices.add(new Choice<>(null, normalise.apply(text)));
        }
        return choices;
    }

    /** A known item is handed to {@code picked} (which may clear the box); a Create entry never stays in the box. */
    private void take(Choice<T> choice) {
        if (choice == null) {
            return;
        }
        if (choice.item() != null) {
            picked.accept(choice.item());
            return;
        }
        box.clear();
        if (needsFullName(choice.newName())) {
            askFullName(choice.newName());
        } else {
            create.accept(choice.newName());
        }
    }

    /** Whether a new name is too short or starts an existing name ("TOB" for TOBIAS BELL). */
    boolean needsFullName(String newName) {
        String lower = newName.toLowerCase(Locale.ROOT);
        return newName.codePointCount(0, newName.length()) < SHORTEST_NAME
                || items.get().stream().anyMatch(item -> name.apply(item).toLowerCase(Locale.ROOT).startsWith(lower));
    }

    private void askFullName(String typed) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog(ui.getTranslation("tags.create.full-name.title"));
        dialog.setId("create-full-name-dialog");
        List<String> similar = items.get().stream().map(name)
                .filter(known -> known.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT)))
                .toList();
        dialog.add(new Paragraph(similar.isEmpty() ? ui.getTranslation("tags.create.full-name.short", SHORTEST_NAME)
                : ui.getTranslation("tags.create.full-name.similar", String.join(", ", similar))));
        TextField fullName = new TextField(ui.getTranslation("tags.create.full-name"));
        fullName.setId("create-full-name");
        fullName.setValue(typed);
        fullName.setWidthFull();
        fullName.setMaxLength(longestName);
        Button confirm = new Button(ui.getTranslation("tags.create.confirm"), event -> {
            String chosen = normalise.apply(fullName.getValue().trim());
            if (chosen.isEmpty()) {
                fullName.setInvalid(true);
                fullName.setErrorMessage(ui.getTranslation("tags.create.full-name.required"));
                return;
            }
            dialog.close();
            create.accept(chosen);
        });
        confirm.setId("create-full-name-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).listenOn(fullName);
        Button cancel = new Button(ui.getTranslation("action.cancel"), event -> {
            dialog.close();
            box.focus();
        });
        cancel.setId("create-full-name-cancel");
        dialog.add(fullName);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        fullName.focus();
    }

    /** Reloads the suggestions (after a tag or a creation). */
    void refresh() {
        box.getDataProvider().refreshAll();
    }

    /** Puts a known item in the box (e.g. one just created), as if it had been picked. */
    void select(T item) {
        box.setValue(new Choice<>(item, null));
    }
}
