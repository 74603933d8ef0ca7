package app.coulisse.screenplay.ui;

import app.coulisse.outline.SceneField;
import app.coulisse.revision.RevisionColour;
import app.coulisse.screenplay.RevisionImport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a revise import would do, before anything is written: unchanged, changed (field by field, old → new), new
 * and omitted scenes and the tags that go; when almost nothing matches it says so and asks before going on.
 */
class RevisionPreviewDialog extends Dialog {

    RevisionPreviewDialog(RevisionImport preview, Runnable apply) {
        this(preview, List.of(), apply);
    }

    /** The preview with the sections other features add under its lists. */
    RevisionPreviewDialog(RevisionImport preview, List<RevisionPreviewSection> sections, Runnable apply) {
        setId("revision-preview");
        String revision = RevisionColour.nameIn(preview.revision(), getLocale());
        setHeaderTitle(getTranslation("import.revise.preview.title", preview.fileName() == null ? "" : preview.fileName(),
                revision));
        setWidth("min(60rem, 96vw)");
        if (preview.mostlyUnmatched()) {
            Paragraph warning = new Paragraph(getTranslation("import.revise.mostly-unmatched", preview.matched(),
                    preview.episodeScenes()));
            warning.setId("revision-mostly-unmatched");
            warning.addClassName("revision-warning");
            add(warning);
        }
        Span summary = new Span(getTranslation("import.revise.summary", preview.unchanged().size(),
                preview.changed().size(), preview.added().size(), preview.omitted().size(), revision));
        summary.setId("revision-summary");
        add(summary);
        add(section("revision-changed", "import.revise.changed", preview.changed(), scene -> scene.number() + " "
                + scene.heading() + " — " + scene.fields().stream().map(this::field).collect(Collectors.joining("; "))
                + matchedBy(scene.matchedBy())));
        add(section("revision-added", "import.revise.added", preview.added(),
                scene -> scene.number() + " " + scene.heading()));
        add(section("revision-omitted", "import.revise.omitted", preview.omitted(),
                scene -> scene.number() + " " + scene.heading()));
        add(section("revision-removed-tags", "import.revise.removed-tags", preview.removedTags(),
                tag -> getTranslation("label.value", tag.sceneNumber(), tag.character())));
        add(section("revision-unchanged", "import.revise.unchanged", preview.unchanged(),
                scene -> scene.number() + " " + scene.heading() + matchedBy(scene.matchedBy())));
        sections.forEach(section -> add(section.create(preview)));

        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("revision-cancel");
        Button ok = new Button(getTranslation(preview.mostlyUnmatched() ? "import.revise.apply-anyway"
                : "import.revise.apply", revision), event -> {
            close();
            apply.run();
        });
        ok.setId("revision-apply");
        ok.addThemeVariants(preview.mostlyUnmatched() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }

    private String field(RevisionImport.FieldChange change) {
        String name = getTranslation("history.field." + change.field());
        if (change.sceneField() == SceneField.TEXT) {
            // The word diff (record 049), when the scene had a stored text to compare with.
            return change.after() == null || change.after().isEmpty() ? name
                    : getTranslation("label.value", name, change.after());
        }
        return getTranslation("import.revise.field", name, change.before() == null ? "—" : change.before(),
                change.after() == null ? "—" : change.after());
    }

    /** Which rule matched the scene to the episode's (record 027). */
    private String matchedBy(RevisionImport.MatchedBy rule) {
        return " (" + getTranslation("import.revise.matched-by." + rule.name()) + ")";
    }

    private <T> Component section(String id, String titleKey, List<T> items, Function<T, String> text) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        items.forEach(item -> list.add(new ListItem(text.apply(item))));
        Div section = new Div(new H4(getTranslation(titleKey, items.size())), list);
        section.setVisible(!items.isEmpty());
        return section;
    }
}
