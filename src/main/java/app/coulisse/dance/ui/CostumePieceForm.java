package app.coulisse.dance.ui;

import app.coulisse.dance.CostumePiece;
import app.coulisse.ui.BeanForm;
import app.coulisse.ui.FieldRefusal;
import app.coulisse.ui.LocalFormats;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** A costume piece of a number, bound to the constraints on {@link CostumePiece}; more built than needed is refused at Built. */
class CostumePieceForm extends BeanForm<CostumePiece> {

    private final IntegerField built = new IntegerField();

    CostumePieceForm() {
        super(CostumePiece.class, () -> new CostumePiece(null));
        TextField name = new TextField();
        text(name, "costume-name", "dance.costume.name", "name");
        IntegerField quantity = count("costume-quantity", "dance.costume.quantity", 1);
        binder.forField(quantity).withConverter(value -> value == null ? 0 : value, value -> value).bind("quantity");
        built.setId("costume-built");
        built.setLabel(getTranslation("dance.costume.built"));
        countRules(built, 0);
        binder.forField(built).withConverter(value -> value == null ? 0 : value, value -> value).bind("built");
        DatePicker due = LocalFormats.localise(new DatePicker());
        due.setId("costume-due");
        due.setLabel(getTranslation("dance.costume.due"));
        binder.forField(due).bind("dueDate");
        add(name, quantity, built, due);
        setId("costume-form");
        startIn(name);
        saveButton().setText(getTranslation("dance.costume.save"));
        saveButton().setId("save-costume");
    }

    private IntegerField count(String id, String labelKey, int min) {
        IntegerField field = new IntegerField();
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        countRules(field, min);
        return field;
    }

    private void countRules(IntegerField field, int min) {
        field.setMin(min);
        field.setStepButtonsVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("dance.count.unreadable")));
    }

    /** Shows a piece, or an empty form for a new one. */
    void show(CostumePiece piece) {
        showRefusal("", "");
        read(piece == null ? new CostumePiece(null) : piece);
    }

    /** Says a service refusal at Built when it concerns it; false otherwise. */
    boolean showRefusal(String key, String message) {
        return FieldRefusal.show(built, key.equals("dance.costume.built.too-many"), message);
    }
}
