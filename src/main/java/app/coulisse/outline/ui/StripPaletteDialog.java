package app.coulisse.outline.ui;

import app.coulisse.outline.StripColour;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/** The showrunner's strip palette: the four colours of the one-liner and the Excel strips. */
class StripPaletteDialog extends Dialog {

    StripPaletteDialog(SeasonService seasonService, Series series, Runnable onSaved) {
        setId("strip-palette-dialog");
        setHeaderTitle(getTranslation("strip.palette"));
        BeanValidationBinder<Series> binder = new BeanValidationBinder<>(Series.class);
        FormLayout form = new FormLayout();
        for (StripColour colour : StripColour.values()) {
            TextField field = new TextField(getTranslation("strip." + colour.name()));
            field.setId(colour.partName());
            binder.forField(field).bind(property(colour));
            field.getElement().setProperty("autofocus", form.getComponentCount() == 0);
            form.add(field);
        }
        binder.readBean(series);
        Button save = new Button(getTranslation("action.save"), event -> {
            Series edited = new Series();
            if (binder.writeBeanIfValid(edited)) {
                edited.setVersion(series.getVersion());
                seasonService.updateStripPalette(edited);
                close();
                onSaved.run();
            }
        });
        save.setId("strip-palette-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        binder.addStatusChangeListener(event -> save.setEnabled(binder.isValid()));
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        add(form);
        getFooter().add(cancel, save);
    }

    private static String property(StripColour colour) {
        return switch (colour) {
            case INT_DAY -> "stripIntDay";
            case EXT_DAY -> "stripExtDay";
            case INT_NIGHT -> "stripIntNight";
            case EXT_NIGHT -> "stripExtNight";
        };
    }
}
