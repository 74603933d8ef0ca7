package app.coulisse.suggestion.ui;

import app.coulisse.breakdown.ElementCategory;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.suggestion.SuggestionEdit;
import app.coulisse.suggestion.SuggestionKind;
import app.coulisse.suggestion.SuggestionService;
import app.coulisse.suggestion.SuggestionView;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;

/**
 * A scene's suggestions waiting for review: what each would tag, the line of the script that made it with the words
 * highlighted (as text, never markup), and Accept, Reject, and Accept all; Suggest tags reads the script again. A
 * writer may change the name, and an element's category, before accepting; the production office reads them.
 */
class SceneSuggestionsPanel extends VerticalLayout {

    private final long sceneId;
    private final transient SuggestionService service;
    private final List<ElementCategory> categories;
    private final boolean canEdit;
    private final Div list = new Div();
    private final Button acceptAll = new Button();
    private final H4 title = new H4();

    SceneSuggestionsPanel(long sceneId, SuggestionService service, List<ElementCategory> categories, boolean canEdit) {
        this.sceneId = sceneId;
        this.service = service;
        this.categories = categories;
        this.canEdit = canEdit;
        setId("scene-suggestions");
        addClassName("scene-suggestions");
        setPadding(false);
        acceptAll.setText(getTranslation("suggestion.accept-all"));
        acceptAll.setId("suggestions-accept-all");
        acceptAll.addClickListener(event -> acceptAll());
        acceptAll.setVisible(canEdit);
        Button suggest = new Button(getTranslation("suggestion.suggest"), event -> suggestAgain());
        suggest.setId("suggestions-refresh");
        suggest.addThemeVariants(ButtonVariant.TERTIARY);
        suggest.setVisible(canEdit);
        HorizontalLayout header = new HorizontalLayout(title, acceptAll, suggest);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, list);
        show();
    }

    private void show() {
        List<SuggestionView> pending = service.pending(sceneId);
        title.setText(getTranslation("suggestion.title", pending.size()));
        acceptAll.setEnabled(!pending.isEmpty());
        list.removeAll();
        if (pending.isEmpty()) {
            list.add(new Span(getTranslation("suggestion.none")));
        }
        pending.forEach(suggestion -> list.add(row(suggestion)));
    }

    private Div row(SuggestionView suggestion) {
        Div row = new Div();
        row.addClassName("suggestion-row");
        row.setId("suggestion-" + suggestion.id());
        Span kind = new Span(getTranslation("suggestion.kind." + suggestion.kind().name()));
        kind.addClassName("suggestion-kind");
        TextField name = new TextField();
        name.setValue(suggestion.name());
        name.setAriaLabel(getTranslation("suggestion.name"));
        name.setReadOnly(!canEdit);
        name.addClassName("suggestion-name");
        Select<ElementCategory> category = new Select<>();
        category.setAriaLabel(getTranslation("suggestion.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.displayName(Messages.bundled(), getLocale()));
        category.setPlaceholder(getTranslation("suggestion.category.choose"));
        categories.stream().filter(c -> Objects.equals(c.getId(), suggestion.categoryId())).findFirst()
                .ifPresent(category::setValue);
        category.setVisible(suggestion.kind() == SuggestionKind.ELEMENT);
        category.setReadOnly(!canEdit);
        category.addClassName("suggestion-category");
        HorizontalLayout what = new HorizontalLayout(kind, name, category);
        what.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (canEdit) {
            Button accept = new Button(getTranslation("suggestion.accept"), event -> decide(() -> service.accept(
                    suggestion.sceneId(), suggestion.id(), new SuggestionEdit(name.getValue(),
                            category.getValue() == null ? null : category.getValue().getId()))));
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            accept.addClassName("suggestion-accept");
            Button reject = new Button(getTranslation("suggestion.reject"),
                    event -> decide(() -> service.reject(suggestion.sceneId(), suggestion.id())));
            reject.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            reject.addClassName("suggestion-reject");
            what.add(accept, reject);
        }
        row.add(what, evidence(suggestion));
        return row;
    }

    /** The line with the words that made the suggestion marked: three text spans, so nothing in it is markup. */
    static Div evidence(SuggestionView suggestion) {
        Span words = new Span(suggestion.words());
        words.addClassName("suggestion-words");
        Div line = new Div(new Span(suggestion.before()), words, new Span(suggestion.after()));
        line.addClassName("suggestion-evidence");
        return line;
    }

    private void decide(Runnable decision) {
        try {
            decision.run();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
        show();
    }

    /** Reads the scene's stored script again: what the catalog learnt since the import may now be found. */
    private void suggestAgain() {
        try {
            Notifications.success(getTranslation("suggestion.suggested", service.suggestAgainInScene(sceneId)));
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
        show();
    }

    private void acceptAll() {
        try {
            int accepted = service.acceptAll(sceneId);
            Notifications.success(getTranslation("suggestion.accepted-all", accepted));
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
        show();
    }
}
