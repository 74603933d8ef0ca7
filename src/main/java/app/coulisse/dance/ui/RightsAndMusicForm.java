package app.coulisse.dance.ui;

import app.coulisse.dance.ClearanceStatus;
import app.coulisse.dance.CueUsage;
import app.coulisse.dance.DanceDuration;
import app.coulisse.dance.RightsAndMusic;
import app.coulisse.dance.RightsStatus;
import app.coulisse.ui.BeanForm;
import app.coulisse.ui.FieldRefusal;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.ParsingConverter;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * A number's choreography rights and music clearance, bound to the constraints on {@link RightsAndMusic}; the
 * composer and the work are the number's own (shown, edited on the Number tab). A refusal of the service (a term
 * ending before it starts, an approved licence without its credit lines) is said at its field.
 */
class RightsAndMusicForm extends BeanForm<RightsAndMusic> {

    private final Select<RightsStatus> status = new Select<>();
    private final DatePicker termStart = LocalFormats.localise(new DatePicker());
    private final DatePicker termEnd = LocalFormats.localise(new DatePicker());
    private final TextField creditEnglish = new TextField();
    private final TextField creditFrench = new TextField();
    private final Span composerAndWork = new Span();

    RightsAndMusicForm() {
        super(RightsAndMusic.class, () -> new RightsAndMusic(null));
        add(new H4(getTranslation("dance.rights.heading")), 2);
        status.setId("rights-status");
        status.setLabel(getTranslation("dance.rights.status"));
        status.setItems(List.of(RightsStatus.values()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("dance.rights.status.none"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("dance.rights.status.none")
                : getTranslation("dance.rights.status." + s.name()));
        binder.forField(status).bind("rightsStatus");
        TextField licensor = new TextField();
        text(licensor, "rights-licensor", "dance.rights.licensor", "licensor");
        TextField version = new TextField();
        text(version, "rights-version", "dance.rights.version", "productionVersion");
        TextField stager = new TextField();
        text(stager, "rights-stager", "dance.rights.stager", "stager");
        TextField scope = new TextField();
        text(scope, "rights-scope", "dance.rights.scope", "scope");
        date(termStart, "rights-term-start", "dance.rights.term-start", "termStart");
        date(termEnd, "rights-term-end", "dance.rights.term-end", "termEnd");
        TextField fee = new TextField();
        text(fee, "rights-fee", "dance.rights.fee", "feeNote");
        text(creditEnglish, "rights-credit-en", "dance.rights.credit-en", "creditEnglish");
        text(creditFrench, "rights-credit-fr", "dance.rights.credit-fr", "creditFrench");
        add(status, licensor, version, stager, scope, fee, termStart, termEnd, creditEnglish, creditFrench);

        add(new H4(getTranslation("dance.music.heading")), 2);
        composerAndWork.setId("music-composer-work");
        add(composerAndWork, 2);
        TextField recording = new TextField();
        text(recording, "music-recording", "dance.music.recording", "recording");
        Checkbox ours = new Checkbox(getTranslation("dance.music.recorded-by-production"));
        ours.setId("music-recorded-by-production");
        binder.forField(ours).bind("recordedByProduction");
        Select<ClearanceStatus> sync = clearance("music-sync", "dance.music.sync", "syncClearance");
        Select<ClearanceStatus> master = clearance("music-master", "dance.music.master", "masterClearance");
        Select<CueUsage> usage = new Select<>();
        usage.setId("music-usage");
        usage.setLabel(getTranslation("dance.music.usage"));
        usage.setItems(List.of(CueUsage.values()));
        usage.setEmptySelectionAllowed(true);
        usage.setEmptySelectionCaption(getTranslation("dance.music.usage.none"));
        usage.setItemLabelGenerator(u -> u == null ? getTranslation("dance.music.usage.none")
                : getTranslation("dance.music.usage." + u.name()));
        binder.forField(usage).bind("cueUsage");
        TextField timing = new TextField();
        timing.setId("music-timing");
        timing.setLabel(getTranslation("dance.music.timing"));
        timing.setPlaceholder("m:ss");
        timing.setHelperText(getTranslation("dance.duration.help"));
        binder.forField(timing).withConverter(ParsingConverter.of(DanceDuration::parse, DanceDuration::format))
                .bind("timingSeconds");
        add(recording, ours, sync, master, usage, timing);
        setId("rights-form");
        startIn(status);
        saveButton().setText(getTranslation("dance.rights.save"));
        saveButton().setId("save-rights");
    }

    private void date(DatePicker picker, String id, String labelKey, String property) {
        picker.setId(id);
        picker.setLabel(getTranslation(labelKey));
        binder.forField(picker).bind(property);
    }

    private Select<ClearanceStatus> clearance(String id, String labelKey, String property) {
        Select<ClearanceStatus> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(List.of(ClearanceStatus.values()));
        select.setItemLabelGenerator(c -> c == null ? "" : getTranslation("dance.music.clearance." + c.name()));
        binder.forField(select).bind(property);
        return select;
    }

    /** Shows a number's rights and music, with its composer and work as the Number tab has them. */
    void show(RightsAndMusic rights, String composerAndWorkText) {
        composerAndWork.setText(getTranslation("dance.music.composer-work", composerAndWorkText));
        showRefusal("", "");
        read(rights);
    }

    /** Says a service refusal at the field it concerns; false when it concerns none of them. */
    boolean showRefusal(String key, String message) {
        boolean credit = key.equals("dance.rights.credit.required");
        return FieldRefusal.show(termEnd, key.equals("dance.rights.term.order"), message)
                | FieldRefusal.show(creditEnglish, credit, message)
                | FieldRefusal.show(creditFrench, credit, message);
    }
}
