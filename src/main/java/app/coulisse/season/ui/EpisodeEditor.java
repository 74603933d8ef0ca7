package app.coulisse.season.ui;

import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeStatus;
import app.coulisse.ui.Confirm;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

/**
 * The episode form (number, title, logline, writers, status, target pages). It reads an episode and
 * writes into a fresh one carrying the loaded version, which it hands to its view with a
 * {@link SaveEvent}; the view decides whether that creates or updates.
 */
public class EpisodeEditor extends Dialog {

    private final BeanValidationBinder<Episode> binder = new BeanValidationBinder<>(Episode.class);
    private final Episode episode;

    public EpisodeEditor(Episode episode) {
        this.episode = episode;
        setId("episode-editor");
        setHeaderTitle(getTranslation(episode.isNew() ? "episode.new" : "episode.edit", episode.getNumber()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);

        TextField number = new TextField(getTranslation("episode.number"));
        number.setId("episode-number");
        number.getElement().setProperty("autofocus", true);
        binder.forField(number).withNullRepresentation("").bind("number");
        TextField title = new TextField(getTranslation("episode.title"));
        title.setId("episode-title-field");
        binder.forField(title).withNullRepresentation("").bind("title");
        TextArea logline = new TextArea(getTranslation("episode.logline"));
        logline.setId("episode-logline");
        binder.forField(logline).withNullRepresentation("").bind("logline");
        TextField writers = new TextField(getTranslation("episode.writers"));
        writers.setId("episode-writers");
        binder.forField(writers).withNullRepresentation("").bind("writers");
        Select<EpisodeStatus> status = new Select<>();
        status.setLabel(getTranslation("episode.status"));
        status.setId("episode-status");
        status.setItems(EpisodeStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("episode.status." + value.name()));
        binder.forField(status).bind("status");
        IntegerField targetPages = new IntegerField(getTranslation("episode.target-pages"));
        targetPages.setId("episode-target-pages");
        binder.forField(targetPages).bind("targetPages");

        FormLayout form = new FormLayout(number, title, status, targetPages, writers, logline);
        form.setColspan(logline, 2);
        form.setColspan(writers, 2);
        add(form);
        binder.readBean(episode);

        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("episode-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(number, title, writers, targetPages);
        binder.addStatusChangeListener(event -> save.setEnabled(binder.isValid()));
        Button cancel = new Button(getTranslation("action.cancel"),
                event -> Confirm.discardIfChanged(binder.hasChanges(), this::close));
        cancel.setId("episode-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        getFooter().add(cancel, save);
    }

    /** Called with the edited copy when the user saves a valid form. */
    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void save() {
        Episode edited = new Episode(episode.getSeries(), null, null);
        if (binder.writeBeanIfValid(edited)) {
            edited.setVersion(episode.getVersion());
            fireEvent(new SaveEvent(this, edited));
        }
    }

    /** The form's content, with the version it was loaded with. */
    public static class SaveEvent extends ComponentEvent<EpisodeEditor> {

        private final transient Episode edited;

        public SaveEvent(EpisodeEditor source, Episode edited) {
            super(source, false);
            this.edited = edited;
        }

        public Episode getEdited() {
            return edited;
        }
    }
}
