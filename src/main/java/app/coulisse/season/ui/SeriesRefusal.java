package app.coulisse.season.ui;

import app.coulisse.ui.FieldRefusal;
import com.vaadin.flow.component.textfield.TextField;

/** A refusal about the series said at its field, on the setup page and in the settings alike. */
final class SeriesRefusal {

    private SeriesRefusal() {
    }

    /** Marks the title, production or language field the refusal concerns (clearing the others); false if none. */
    static boolean show(TextField title, TextField production, LanguageFields languages, String key, String message) {
        return FieldRefusal.show(title, key.startsWith("series.title"), message)
                | FieldRefusal.show(production, key.startsWith("series.production"), message)
                | languages.showRefusal(key, message);
    }
}
