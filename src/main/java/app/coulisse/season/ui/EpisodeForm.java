package app.coulisse.season.ui;

import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeStatus;
import app.coulisse.ui.BeanForm;
import app.coulisse.ui.FieldRefusal;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** An episode's number, title, status, target pages, writers and logline, bound to the constraints on {@link Episode}. */
class EpisodeForm extends BeanForm<Episode> {

    private final TextField number = new TextField();
    private final TextField title = new TextField();

    EpisodeForm(Episode loaded) {
        super(Episode.class, () -> {
            // The season is not a field: a new episode goes to the season it was started in.
            Episode fresh = new Episode(loaded.getSeries(), null, null);
            fresh.setSeason(loaded.getSeason());
            return fresh;
        });
        text(number, "episode-number", "episode.number", "number");
        text(title, "episode-title-field", "episode.title", "title");
        TextArea logline = new TextArea(getTranslation("episode.logline"));
        logline.setId("episode-logline");
        binder.forField(logline).withNullRepresentation("").bind("logline");
        TextField writers = new TextField();
        text(writers, "episode-writers", "episode.writers", "writers");
        Select<EpisodeStatus> status = new Select<>();
        status.setLabel(getTranslation("episode.status"));
        status.setId("episode-status");
        status.setItems(EpisodeStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("episode.status." + value.name()));
        binder.forField(status).bind("status");
        IntegerField targetPages = new IntegerField(getTranslation("episode.target-pages"));
        targetPages.setId("episode-target-pages");
        binder.forField(targetPages).bind("targetPages");

        add(number, title, status, targetPages, writers, logline);
        setColspan(logline, 2);
        setColspan(writers, 2);
        startIn(number);
        saveButton().setId("episode-save");
        saveButton().addClickShortcut(Key.ENTER).listenOn(number, title, writers, targetPages);
        read(loaded);
    }

    /** Says a service refusal at the field it concerns (number or title); false when it concerns neither. */
    boolean showRefusal(String key, String message) {
        return FieldRefusal.show(number, key.startsWith("episode.number"), message)
                | FieldRefusal.show(title, key.startsWith("episode.title"), message);
    }
}
