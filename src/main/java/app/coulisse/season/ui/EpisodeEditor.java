package app.coulisse.season.ui;

import app.coulisse.season.Episode;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;

/**
 * The episode dialog around an {@link EpisodeForm} (number, title, logline, writers, status, target pages). The form
 * writes into a fresh episode; the dialog gives it the loaded version and hands it to its view with a
 * {@link SaveEvent}; the view decides whether that creates or updates.
 */
public class EpisodeEditor extends Dialog {

    private final Episode episode;
    private final EpisodeForm form;

    public EpisodeEditor(Episode episode) {
        this.episode = episode;
        setId("episode-editor");
        // A new episode's dialog names its season: the one the overview shows, not necessarily the current one.
        setHeaderTitle(episode.isNew() ? getTranslation("episode.new.in-season", episode.getSeason().getNumber())
                : getTranslation("episode.edit", episode.getNumber()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);

        form = new EpisodeForm(episode);
        form.addSaveListener(event -> save(event.getBean()));
        form.addCloseListener(event -> close());
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), event -> form.close());
        cancel.setId("episode-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        getFooter().add(cancel, form.saveButton());
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                form.focusFirst();
            }
        });
    }

    /** Called with the edited copy when the user saves a valid form. */
    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Says a service refusal at its field (number or title), the dialog open and the typing kept; false if neither. */
    public boolean showRefusal(String key, String message) {
        return form.showRefusal(key, message);
    }

    private void save(Episode edited) {
        edited.setVersion(episode.getVersion());
        fireEvent(new SaveEvent(this, edited));
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
