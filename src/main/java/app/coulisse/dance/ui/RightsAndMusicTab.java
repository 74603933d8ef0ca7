package app.coulisse.dance.ui;

import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.RightsAndMusic;
import app.coulisse.dance.RightsService;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Rights and music tab of the Dance numbers screen: the production office edits it, everyone reads it. */
class RightsAndMusicTab extends VerticalLayout {

    private final transient RightsService rightsService;
    private final RightsAndMusicForm form = new RightsAndMusicForm();
    private final Span hint = new Span();
    private DanceNumber number;
    private RightsAndMusic loaded;

    RightsAndMusicTab(RightsService rightsService, boolean editable) {
        this.rightsService = rightsService;
        setPadding(false);
        hint.setText(getTranslation("dance.rights.pick-number"));
        if (editable) {
            form.add(form.saveButton(), 2);
            form.addSaveListener(event -> save(event.getBean()));
        } else {
            form.setReadOnly(true);
        }
        add(hint, form);
        show(null);
    }

    /** Shows a saved number's rights and music; a hint for a number not saved yet. */
    void show(DanceNumber shown) {
        number = shown;
        hint.setVisible(shown == null);
        form.setVisible(shown != null);
        if (shown != null) {
            loaded = rightsService.rightsAndMusic(shown.getId());
            form.show(loaded, Stream.of(shown.getComposer(), shown.getPiece()).filter(Objects::nonNull)
                    .collect(Collectors.joining(", ")));
        }
    }

    private void save(RightsAndMusic typed) {
        try {
            loaded = rightsService.save(number.getId(), loaded.getVersion(), typed);
        } catch (DomainException refused) {
            // Said at its field, and everything typed stays on screen.
            String message = getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale()));
            if (!form.showRefusal(refused.getMessageKey(), message)) {
                Notifications.error(message);
            }
            return;
        }
        Notifications.success(getTranslation("dance.rights.saved", number.getTitle()));
        show(number);
    }
}
