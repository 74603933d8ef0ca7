package app.coulisse.dance.ui;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceDuration;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.MusicSource;
import app.coulisse.dance.RehearsalHours;
import app.coulisse.season.Company;
import app.coulisse.ui.BeanForm;
import app.coulisse.ui.ParsingConverter;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every field of a dance number, bound to the constraints on {@link DanceNumber}: the duration as {@code m:ss},
 * rehearsal hours in either decimal notation ({@code 7.5}, {@code 7,5}), a music source that may stay "not set
 * yet". Saving hands the view a {@link DanceNumberDraft}.
 */
class DanceNumberForm extends BeanForm<DanceNumber> {

    private final TextField title = new TextField();
    private final TextField style = new TextField();
    private final TextField choreographer = new TextField();
    private final TextField composer = new TextField();
    private final TextField piece = new TextField();
    private final TextField cue = new TextField();
    private final Select<MusicSource> source = new Select<>();
    private final Select<Company> company = new Select<>();
    private final TextField duration = new TextField();
    private final MultiSelectComboBox<StoryCharacter> dancers = new MultiSelectComboBox<>();
    private final IntegerField ensemble = new IntegerField();
    private final TextField rehearsal = new TextField();
    private final TextArea costumes = new TextArea();
    private final IntegerField shoes = new IntegerField();
    private final TextArea props = new TextArea();

    DanceNumberForm(List<StoryCharacter> characters, List<Company> companies) {
        super(DanceNumber.class, () -> new DanceNumber(null, ""));
        text(title, "dance-title", "dance.title", "title");
        text(style, "dance-style", "dance.style", "style");
        text(choreographer, "dance-choreographer", "dance.choreographer", "choreographer");
        text(composer, "dance-composer", "dance.composer", "composer");
        text(piece, "dance-piece", "dance.piece", "piece");
        text(cue, "dance-cue", "dance.cue", "musicCue");

        source.setId("dance-source");
        source.setLabel(getTranslation("dance.source"));
        source.setItems(Arrays.asList(MusicSource.values()));
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("dance.source.none"));
        source.setItemLabelGenerator(s -> s == null ? getTranslation("dance.source.none") : getTranslation("dance.source." + s.name()));
        binder.forField(source).bind("musicSource");

        company.setId("dance-company");
        company.setLabel(getTranslation("dance.company"));
        company.setItems(companies);
        company.setItemLabelGenerator(c -> c == null ? "" : c.getName());
        company.setEmptySelectionAllowed(true);
        // Matched by id: the number's company may be a proxy from a closed session.
        binder.forField(company).bind(number -> number.getCompany() == null ? null : companies.stream()
                        .filter(known -> known.getId().equals(number.getCompany().getId())).findFirst().orElse(null),
                DanceNumber::setCompany);

        duration.setId("dance-duration");
        duration.setLabel(getTranslation("dance.duration"));
        duration.setPlaceholder("m:ss");
        duration.setHelperText(getTranslation("dance.duration.help"));
        binder.forField(duration).withConverter(ParsingConverter.of(DanceDuration::parse, DanceDuration::format))
                .bind("durationSeconds");

        dancers.setId("dance-dancers");
        dancers.setLabel(getTranslation("dance.principal-dancers"));
        dancers.setItems(characters);
        dancers.setItemLabelGenerator(StoryCharacter::castLabel);
        binder.forField(dancers).bind(number -> number.getPrincipalDancers().stream().collect(Collectors.toSet()),
                (number, chosen) -> {
                    number.getPrincipalDancers().clear();
                    number.getPrincipalDancers().addAll(chosen);
                });

        for (IntegerField count : List.of(ensemble, shoes)) {
            count.setMin(0);
            count.setStepButtonsVisible(true);
            count.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(getTranslation("dance.count.negative"))
                    .setBadInputErrorMessage(getTranslation("dance.count.unreadable")));
        }
        ensemble.setId("dance-ensemble");
        ensemble.setLabel(getTranslation("dance.ensemble"));
        binder.forField(ensemble).withConverter(value -> value == null ? 0 : value, value -> value).bind("ensembleSize");
        shoes.setId("dance-shoes");
        shoes.setLabel(getTranslation("dance.shoes"));
        binder.forField(shoes).bind("shoesPerDancer");

        rehearsal.setId("dance-rehearsal");
        rehearsal.setLabel(getTranslation("dance.rehearsal"));
        rehearsal.setHelperText(getTranslation("dance.rehearsal.help"));
        binder.forField(rehearsal).withConverter(ParsingConverter.localised(RehearsalHours::parse,
                RehearsalHours::format)).bind("rehearsalHours");

        costumes.setId("dance-costumes");
        costumes.setLabel(getTranslation("dance.costumes"));
        binder.forField(costumes).withNullRepresentation("").bind("costumeNotes");
        props.setId("dance-props");
        props.setLabel(getTranslation("dance.props"));
        binder.forField(props).withNullRepresentation("").bind("props");

        add(title, style, choreographer, composer, piece, cue, source, company, duration, dancers, ensemble, rehearsal,
                shoes, costumes, props);
        setColspan(costumes, 2);
        setColspan(props, 2);
        setColspan(dancers, 2);
        setId("dance-form");
        startIn(title);
        saveButton().setText(getTranslation("dance.save"));
        saveButton().setId("save-dance-number");
    }

    /** Shows a number, or an empty form for a new one. */
    void show(DanceNumber number) {
        read(number == null ? new DanceNumber(null, "") : number);
    }

    /** What a saved form's bean holds, as the service takes it. */
    static DanceNumberDraft draft(DanceNumber typed) {
        return new DanceNumberDraft(typed.getTitle(), typed.getStyle(), typed.getChoreographer(), typed.getComposer(),
                typed.getPiece(), typed.getMusicCue(), typed.getMusicSource(),
                typed.getCompany() == null ? null : typed.getCompany().getId(), typed.getDurationSeconds(),
                typed.getPrincipalDancers().stream().map(StoryCharacter::getId).collect(Collectors.toSet()),
                typed.getEnsembleSize(), typed.getRehearsalHours(), typed.getCostumeNotes(), typed.getShoesPerDancer(),
                typed.getProps());
    }
}
