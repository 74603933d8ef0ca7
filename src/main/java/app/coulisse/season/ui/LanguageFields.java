package app.coulisse.season.ui;

import app.coulisse.core.Languages;
import app.coulisse.ui.FieldRefusal;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The crew's languages (English, French or both) and the one the workbooks are written in by default. */
class LanguageFields {

    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final RadioButtonGroup<String> workbookLanguage = new RadioButtonGroup<>();

    LanguageFields(String idPrefix) {
        languages.setId(idPrefix + "-languages");
        languages.setLabel(languages.getTranslation("series.languages"));
        languages.setItems(Languages.CODES);
        languages.setItemLabelGenerator(language -> languages.getTranslation("language." + language));
        workbookLanguage.setId(idPrefix + "-workbook-language");
        workbookLanguage.setLabel(languages.getTranslation("series.workbook-language"));
        workbookLanguage.setItems(Languages.CODES);
        workbookLanguage.setItemLabelGenerator(language -> languages.getTranslation("language." + language));
    }

    void fill(String commaSeparated, String workbook) {
        languages.setValue(new LinkedHashSet<>(List.of(commaSeparated.split(","))));
        workbookLanguage.setValue(workbook);
    }

    /** Says a refusal about the languages at its field; false when it concerns neither. */
    boolean showRefusal(String key, String message) {
        return FieldRefusal.show(languages, key.startsWith("series.languages"), message)
                | FieldRefusal.show(workbookLanguage, key.startsWith("series.workbook-language"), message);
    }

    List<String> selected() {
        return new ArrayList<>(Languages.CODES.stream().filter(languages.getValue()::contains).toList());
    }
}
