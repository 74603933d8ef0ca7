package app.coulisse.callsheet.ui;

import app.coulisse.callsheet.ShootingLocation;
import app.coulisse.ui.BeanForm;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

/** A shooting location's details, bound to the constraints on {@link ShootingLocation}. */
class LocationForm extends BeanForm<ShootingLocation> {

    LocationForm() {
        super(ShootingLocation.class, ShootingLocation::draft);
        TextField name = new TextField();
        TextField address = new TextField();
        TextField parking = new TextField();
        TextField hospital = new TextField();
        TextField contact = new TextField();
        text(name, "location-name", "callsheet.location.name", "name");
        text(address, "location-address", "callsheet.location.address", "address");
        text(parking, "location-parking", "callsheet.location.parking", "parking");
        text(hospital, "location-hospital", "callsheet.location.hospital", "hospital");
        text(contact, "location-contact", "callsheet.location.contact", "contact");
        NumberField latitude = coordinate("location-latitude", "callsheet.location.latitude", "latitude");
        NumberField longitude = coordinate("location-longitude", "callsheet.location.longitude", "longitude");
        add(name, address, parking, hospital, contact, latitude, longitude);
        setId("location-form");
        startIn(name);
        saveButton().setText(getTranslation("callsheet.location.save"));
        saveButton().setId("save-location");
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);
    }

    private NumberField coordinate(String id, String labelKey, String property) {
        NumberField field = new NumberField(getTranslation(labelKey));
        field.setId(id);
        field.setStep(0.0001);
        binder.forField(field).bind(property);
        return field;
    }
}
