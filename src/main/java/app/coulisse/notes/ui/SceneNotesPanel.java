package app.coulisse.notes.ui;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.live.ChangeBus;
import app.coulisse.live.ui.EpisodeNotices;
import app.coulisse.notes.SceneNote;
import app.coulisse.notes.SceneNoteService;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A scene's thread in its editor: the notes and questions oldest first, each with who and when, "Mark answered"
 * on an open question, and a field to write a note or ask a question. Everybody writes here, the production office
 * too; the thread shows new notes from others as they commit.
 */
class SceneNotesPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final long sceneId;
    private final transient SceneNoteService service;
    private final Div thread = new Div();
    private final TextArea body = new TextArea();
    private final Checkbox question = new Checkbox();

    SceneNotesPanel(long sceneId, long episodeId, SceneNoteService service, ChangeBus bus) {
        this.sceneId = sceneId;
        this.service = service;
        setId("scene-notes-thread");
        addClassName("scene-notes");
        setPadding(false);
        thread.addClassName("scene-notes-list");
        body.setId("note-body");
        body.setLabel(getTranslation("notes.new"));
        body.setMaxLength(SceneNote.MAX_LENGTH);
        body.setWidthFull();
        question.setId("note-question");
        question.setLabel(getTranslation("notes.is-question"));
        Button add = new Button(getTranslation("notes.add"), event -> add());
        add.setId("note-add");
        HorizontalLayout write = new HorizontalLayout(question, add);
        write.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation("notes.thread")), thread, body, write);
        show();
        EpisodeNotices.refreshWhileAttached(this, bus, episodeId, this::showUnlessGone);
    }

    private void add() {
        try {
            service.addNote(sceneId, body.getValue(), question.getValue());
            body.clear();
            question.clear();
            show();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }

    /** Shows the thread again after someone else's change; a deleted scene leaves the thread as it was. */
    private void showUnlessGone() {
        try {
            show();
        } catch (NotFoundException gone) {
            // The editor says so on save; nothing to show.
        }
    }

    private void show() {
        thread.removeAll();
        var notes = service.thread(sceneId);
        if (notes.isEmpty()) {
            Span none = new Span(getTranslation("notes.none"));
            none.addClassName("scene-notes-empty");
            thread.add(none);
        }
        DateTimeFormatter when = WHEN.withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (SceneNote note : notes) {
            Div entry = new Div();
            entry.setId("note-" + note.getId());
            entry.addClassName("scene-note");
            if (note.isOpenQuestion()) {
                entry.addClassName("open-question");
            }
            Span meta = new Span(getTranslation(note.isQuestion() ? "notes.asked" : "notes.wrote",
                    note.getCreatedBy(), note.getCreatedAt() == null ? "" : when.format(note.getCreatedAt())));
            meta.addClassName("scene-note-meta");
            Span text = new Span(note.getBody());
            text.addClassName("scene-note-body");
            entry.add(meta, text);
            if (note.isOpenQuestion()) {
                Button answered = new Button(getTranslation("notes.mark-answered"), event -> {
                    service.markAnswered(note.getId());
                    show();
                });
                answered.setId("note-" + note.getId() + "-answered");
                answered.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                entry.add(answered);
            } else if (note.isQuestion()) {
                Span done = new Span(getTranslation("notes.answered-by", note.getAnsweredBy()));
                done.addClassName("scene-note-answered");
                entry.add(done);
            }
            thread.add(entry);
        }
    }
}
