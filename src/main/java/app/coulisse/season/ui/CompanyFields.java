package app.coulisse.season.ui;

import app.coulisse.season.NewCompany;
import app.coulisse.ui.FieldRefusal;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The fields of a dance company (name, city, venue, colour), shared by the setup page and the settings. */
class CompanyFields extends FormLayout {

    private final TextField name = new TextField(getTranslation("company.name"));
    private final TextField city = new TextField(getTranslation("company.city"));
    private final TextField venue = new TextField(getTranslation("company.venue"));
    private final TextField colour = new TextField(getTranslation("company.colour"));

    CompanyFields(String idPrefix) {
        name.setId(idPrefix + "-name");
        city.setId(idPrefix + "-city");
        venue.setId(idPrefix + "-venue");
        colour.setId(idPrefix + "-colour");
        colour.setPlaceholder("#1565C0");
        colour.setHelperText(getTranslation("company.colour.help"));
        add(name, city, venue, colour);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 4));
    }

    void fill(NewCompany company) {
        name.setValue(company.name() == null ? "" : company.name());
        city.setValue(company.city() == null ? "" : company.city());
        venue.setValue(company.venue() == null ? "" : company.venue());
        colour.setValue(company.colour() == null ? "" : company.colour());
    }

    NewCompany value() {
        return new NewCompany(name.getValue(), city.getValue(), venue.getValue(), colour.getValue());
    }

    /** Says a refusal about a company at its field (name, city, venue, colour); false when it concerns none. */
    boolean showRefusal(String key, String message) {
        return FieldRefusal.show(name, key.startsWith("company.name"), message)
                | FieldRefusal.show(city, key.startsWith("company.city"), message)
                | FieldRefusal.show(venue, key.startsWith("company.venue"), message)
                | FieldRefusal.show(colour, key.startsWith("company.colour"), message);
    }

    boolean isBlank() {
        return name.isEmpty() && city.isEmpty() && venue.isEmpty() && colour.isEmpty();
    }
}
