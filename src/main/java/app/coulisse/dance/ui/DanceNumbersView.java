package app.coulisse.dance.ui;

import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceDuration;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceNumberSummary;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.MusicSource;
import app.coulisse.season.Company;
import app.coulisse.season.SeasonService;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The dance-number catalog; per number its scenes, its dancers and what it needs in rehearsal and wardrobe. */
@Route("dance-numbers")
@Menu(title = "nav.dance-numbers", order = 30, icon = "vaadin:music")
@PermitAll
public class DanceNumbersView extends VerticalLayout implements HasDynamicTitle {

    private final transient DanceService danceService;
    private final boolean editable;
    private final Grid<DanceNumberSummary> numbers = new Grid<>();
    private final Grid<DanceLink> scenes = new Grid<>();
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
    private final IntegerField rehearsal = new IntegerField();
    private final TextArea costumes = new TextArea();
    private final IntegerField shoes = new IntegerField();
    private final TextArea props = new TextArea();
    private final Span totals = new Span();
    private final H3 detailHeading = new H3();
    private final Button delete = new Button();
    private DanceNumber selected;

    public DanceNumbersView(DanceService danceService, CastService castService, SeasonService seasonService,
                            CurrentUser currentUser) {
        this.danceService = danceService;
        this.editable = currentUser.canEdit();
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("dance.heading")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (editable) {
            Button create = new Button(getTranslation("dance.new"), e -> numbers.asSingleSelect().clear());
            create.setId("new-dance-number");
            header.add(create);
        }
        add(header);

        numbers.setId("dance-numbers");
        // Long titles wrap instead of being cut, and the full title is in the tooltip (issue 14).
        numbers.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        numbers.addColumn(DanceNumberSummary::title).setHeader(getTranslation("dance.title")).setKey("title").setFlexGrow(1)
                .setTooltipGenerator(DanceNumberSummary::title);
        numbers.addColumn(DanceNumberSummary::style).setHeader(getTranslation("dance.style")).setKey("style");
        numbers.addColumn(DanceNumberSummary::choreographer).setHeader(getTranslation("dance.choreographer")).setKey("choreographer");
        numbers.addColumn(n -> getTranslation("dance.source." + n.musicSource().name()))
                .setHeader(getTranslation("dance.source")).setKey("source").setAutoWidth(true);
        numbers.addColumn(n -> DanceDuration.format(n.durationSeconds())).setHeader(getTranslation("dance.duration"))
                .setKey("duration").setAutoWidth(true).setFlexGrow(0);
        numbers.addColumn(DanceNumberSummary::totalDancers).setHeader(getTranslation("dance.total-dancers"))
                .setKey("dancers").setAutoWidth(true).setFlexGrow(0);
        numbers.addColumn(DanceNumberSummary::rehearsalHours).setHeader(getTranslation("dance.rehearsal"))
                .setKey("rehearsal").setAutoWidth(true).setFlexGrow(0);
        numbers.addColumn(DanceNumberSummary::scenes).setHeader(getTranslation("dance.scenes")).setKey("scenes")
                .setAutoWidth(true).setFlexGrow(0);
        numbers.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null
                : danceService.danceNumber(e.getValue().id())));

        scenes.setId("dance-number-scenes");
        scenes.addThemeVariants(GridVariant.LUMO_COMPACT);
        scenes.addColumn(DanceLink::episodeNumber).setHeader(getTranslation("dance.episode")).setKey("episode");
        scenes.addColumn(DanceLink::sceneNumber).setHeader(getTranslation("dance.scene")).setKey("scene");
        scenes.addColumn(DanceLink::note).setHeader(getTranslation("dance.note")).setKey("note").setFlexGrow(1);

        totals.setId("dance-number-totals");
        VerticalLayout detail = new VerticalLayout(detailHeading, form(castService.characters(), seasonService.companies()),
                totals, new H3(getTranslation("dance.scenes")), scenes);
        SplitLayout split = new SplitLayout(numbers, detail);
        split.setSplitterPosition(50);
        split.setSizeFull();
        addAndExpand(split);
        refresh();
        show(null);
    }

    private FormLayout form(List<StoryCharacter> characters, List<Company> companies) {
        field(title, "dance-title", "dance.title", 150);
        field(style, "dance-style", "dance.style", 80);
        field(choreographer, "dance-choreographer", "dance.choreographer", 120);
        field(composer, "dance-composer", "dance.composer", 120);
        field(piece, "dance-piece", "dance.piece", 200);
        field(cue, "dance-cue", "dance.cue", 40);
        field(duration, "dance-duration", "dance.duration", 7);
        duration.setPlaceholder("m:ss");
        duration.setHelperText(getTranslation("dance.duration.help"));
        source.setId("dance-source");
        source.setLabel(getTranslation("dance.source"));
        source.setItems(Arrays.asList(MusicSource.values()));
        source.setItemLabelGenerator(s -> getTranslation("dance.source." + s.name()));
        company.setId("dance-company");
        company.setLabel(getTranslation("dance.company"));
        company.setItems(companies);
        company.setItemLabelGenerator(c -> c == null ? "" : c.getName());
        company.setEmptySelectionAllowed(true);
        dancers.setId("dance-dancers");
        dancers.setLabel(getTranslation("dance.principal-dancers"));
        dancers.setItems(characters);
        dancers.setItemLabelGenerator(StoryCharacter::castLabel);
        for (IntegerField number : List.of(ensemble, rehearsal, shoes)) {
            number.setMin(0);
            number.setStepButtonsVisible(true);
        }
        ensemble.setId("dance-ensemble");
        ensemble.setLabel(getTranslation("dance.ensemble"));
        rehearsal.setId("dance-rehearsal");
        rehearsal.setLabel(getTranslation("dance.rehearsal"));
        shoes.setId("dance-shoes");
        shoes.setLabel(getTranslation("dance.shoes"));
        costumes.setId("dance-costumes");
        costumes.setLabel(getTranslation("dance.costumes"));
        costumes.setMaxLength(2000);
        props.setId("dance-props");
        props.setLabel(getTranslation("dance.props"));
        props.setMaxLength(1000);
        FormLayout form = new FormLayout(title, style, choreographer, composer, piece, cue, source, company, duration,
                dancers, ensemble, rehearsal, shoes, costumes, props);
        form.setColspan(costumes, 2);
        form.setColspan(props, 2);
        form.setColspan(dancers, 2);
        form.setId("dance-form");
        if (editable) {
            Button save = new Button(getTranslation("dance.save"), e -> save());
            save.setId("save-dance-number");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            delete.setText(getTranslation("dance.delete"));
            delete.setId("delete-dance-number");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> confirmDelete());
            form.add(new HorizontalLayout(save, delete), 2);
        } else {
            List.of(title, style, choreographer, composer, piece, cue, duration).forEach(f -> f.setReadOnly(true));
            source.setReadOnly(true);
            company.setReadOnly(true);
            dancers.setReadOnly(true);
            ensemble.setReadOnly(true);
            rehearsal.setReadOnly(true);
            shoes.setReadOnly(true);
            costumes.setReadOnly(true);
            props.setReadOnly(true);
        }
        return form;
    }

    private void field(TextField field, String id, String label, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setMaxLength(maxLength);
    }

    private void show(DanceNumber number) {
        selected = number;
        delete.setEnabled(number != null);
        detailHeading.setText(number == null ? getTranslation("dance.new-heading") : number.getTitle());
        title.setValue(number == null ? "" : number.getTitle());
        style.setValue(text(number == null ? null : number.getStyle()));
        choreographer.setValue(text(number == null ? null : number.getChoreographer()));
        composer.setValue(text(number == null ? null : number.getComposer()));
        piece.setValue(text(number == null ? null : number.getPiece()));
        cue.setValue(text(number == null ? null : number.getMusicCue()));
        source.setValue(number == null ? MusicSource.PLAYBACK : number.getMusicSource());
        company.setValue(number == null || number.getCompany() == null ? null : company.getListDataView().getItems()
                .filter(c -> c.getId().equals(number.getCompany().getId())).findFirst().orElse(null));
        duration.setValue(number == null ? "" : DanceDuration.format(number.getDurationSeconds()));
        duration.setInvalid(false);
        Set<Long> dancerIds = number == null ? Set.of()
                : number.getPrincipalDancers().stream().map(StoryCharacter::getId).collect(Collectors.toSet());
        dancers.setValue(dancers.getListDataView().getItems().filter(c -> dancerIds.contains(c.getId()))
                .collect(Collectors.toSet()));
        ensemble.setValue(number == null ? 0 : number.getEnsembleSize());
        rehearsal.setValue(number == null ? 0 : number.getRehearsalHours());
        shoes.setValue(number == null ? null : number.getShoesPerDancer());
        costumes.setValue(text(number == null ? null : number.getCostumeNotes()));
        props.setValue(text(number == null ? null : number.getProps()));
        scenes.setItems(number == null ? List.of() : danceService.scenesOf(number.getId()));
        totals.setText(number == null ? "" : getTranslation("dance.totals",
                number.getPrincipalDancers().size() + number.getEnsembleSize(), number.getRehearsalHours()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void save() {
        Integer seconds;
        try {
            seconds = DanceDuration.parse(duration.getValue());
        } catch (DomainException invalid) {
            String message = getTranslation(invalid.getMessageKey(), invalid.getArguments());
            duration.setErrorMessage(message);
            duration.setInvalid(true);
            Notifications.error(message);
            return;
        }
        duration.setInvalid(false);
        DanceNumberDraft draft = new DanceNumberDraft(title.getValue(), style.getValue(), choreographer.getValue(),
                composer.getValue(), piece.getValue(), cue.getValue(), source.getValue(),
                company.getValue() == null ? null : company.getValue().getId(), seconds,
                dancers.getValue().stream().map(StoryCharacter::getId).collect(Collectors.toSet()),
                ensemble.getValue() == null ? 0 : ensemble.getValue(),
                rehearsal.getValue() == null ? 0 : rehearsal.getValue(),
                costumes.getValue(), shoes.getValue(), props.getValue());
        DanceNumber saved = selected == null ? danceService.create(draft)
                : danceService.update(selected.getId(), selected.getVersion(), draft);
        Notifications.success(getTranslation("dance.saved", saved.getTitle()));
        refresh();
        numbers.getListDataView().getItems().filter(n -> n.id() == saved.getId()).findFirst().ifPresent(numbers::select);
    }

    private void confirmDelete() {
        if (selected == null) {
            return;
        }
        DanceNumber doomed = selected;
        Confirm.destructive("confirm-delete", getTranslation("dance.delete.title", doomed.getTitle()),
                getTranslation("dance.delete.text", danceService.linkCount(doomed.getId())),
                getTranslation("dance.delete"), () -> {
                    danceService.delete(doomed.getId());
                    Notifications.success(getTranslation("dance.deleted", doomed.getTitle()));
                    refresh();
                    show(null);
                });
    }

    private void refresh() {
        numbers.setItems(danceService.summaries());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dance-numbers");
    }
}
