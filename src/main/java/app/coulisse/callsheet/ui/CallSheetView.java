package app.coulisse.callsheet.ui;

import app.coulisse.callsheet.CallSheetContent;
import app.coulisse.callsheet.CallSheetProblem;
import app.coulisse.callsheet.CallSheetService;
import app.coulisse.callsheet.CallSheetState;
import app.coulisse.callsheet.CallTimes;
import app.coulisse.callsheet.CastTimes;
import app.coulisse.callsheet.Change;
import app.coulisse.callsheet.PublishedCallSheet;
import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import app.coulisse.core.Languages;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.security.Roles;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A shoot day's call sheet: its calls and each performer's times to adjust, its free notes, what it lists (scenes,
 * cast, dance numbers), whether it is published and up to date, Publish, and the PDF in the crew's languages.
 */
@Route("production/call-sheets")
@Menu(title = "nav.call-sheets", order = 71, icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.PRODUCTION, Roles.SHOWRUNNER})
public class CallSheetView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final String BOTH = "both";

    private final transient CallSheetService service;
    private final int seasonNumber;
    private final ComboBox<ProductionPlan.BoardDay> day = new ComboBox<>();
    private final Span status = new Span();
    private final Div problems = new Div();
    private final TimePicker crewCall = LocalFormats.localise(new TimePicker());
    private final TimePicker shootingCall = LocalFormats.localise(new TimePicker());
    private final Grid<CallSheetContent.SceneLine> scenes = new Grid<>();
    private final Grid<CallSheetContent.CastLine> cast = new Grid<>();
    private final ComboBox<CallSheetContent.CastLine> performer = new ComboBox<>();
    private final TimePicker pickUp = LocalFormats.localise(new TimePicker());
    private final TimePicker makeUp = LocalFormats.localise(new TimePicker());
    private final TimePicker wardrobe = LocalFormats.localise(new TimePicker());
    private final TimePicker onSet = LocalFormats.localise(new TimePicker());
    private final Div dances = new Div();
    private final TextArea notes = new TextArea();
    private final Select<String> language = new Select<>();
    private final VerticalLayout sheet = new VerticalLayout();
    private Long dayId;

    public CallSheetView(CallSheetService service, ProductionPlanService planService, SeasonService seasonService) {
        this.service = service;
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        this.seasonNumber = seasonPicker.selected();
        day.setId("call-sheet-day");
        day.setPlaceholder(getTranslation("callsheet.screen.choose-day"));
        day.setItems(planService.plan(seasonNumber).days().stream().filter(d -> d.type() == DayType.SHOOT).toList());
        day.setItemLabelGenerator(d -> getTranslation("callsheet.screen.day", LocalFormats.date(d.date(), getLocale()),
                d.unitName(), d.number()));
        day.setWidth("28em");
        day.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(CallSheetView.class, event.getValue().id());
            }
        });
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("callsheet.screen.heading")),
                seasonPicker, day);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.addClassName("page-header");
        add(header);
        buildSheet();
        String crewLanguage = seasonService.series().getWorkbookLanguage();
        language.setValue(Languages.isSupported(crewLanguage) ? crewLanguage : Languages.CODES.getFirst());
        sheet.setVisible(false);
        sheet.setPadding(false);
        add(sheet);
    }

    private void buildSheet() {
        status.setId("call-sheet-status");
        problems.setId("call-sheet-problems");
        Button publish = new Button(getTranslation("callsheet.screen.publish"), click -> publish());
        publish.setId("publish-call-sheet");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        language.setId("call-sheet-language");
        language.setLabel(getTranslation("callsheet.screen.language"));
        language.setItems(java.util.stream.Stream.concat(Languages.CODES.stream(), java.util.stream.Stream.of(BOTH))
                .toList());
        language.setItemLabelGenerator(code -> getTranslation("callsheet.screen.language." + code));
        HorizontalLayout actions = new HorizontalLayout(publish, pdf(false), pdf(true), language);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        crewCall.setId("crew-call");
        crewCall.setLabel(getTranslation("callsheet.crew-call"));
        shootingCall.setId("shooting-call");
        shootingCall.setLabel(getTranslation("callsheet.shooting-call"));
        Button saveCalls = new Button(getTranslation("callsheet.screen.save"), click -> saveCalls());
        saveCalls.setId("save-calls");
        HorizontalLayout calls = new HorizontalLayout(crewCall, shootingCall, saveCalls);
        calls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        scenes.setId("call-sheet-scenes");
        scenes.addThemeVariants(GridVariant.LUMO_COMPACT);
        scenes.setAllRowsVisible(true);
        scenes.addColumn(CallSheetContent.SceneLine::label).setHeader(getTranslation("production.strip.scene"))
                .setKey("scene").setAutoWidth(true).setFlexGrow(0);
        scenes.addColumn(s -> s.intExt() + " " + s.set() + " — " + s.timeOfDay())
                .setHeader(getTranslation("production.strip.set")).setKey("set").setAutoWidth(true);
        scenes.addColumn(s -> Eighths.format(s.eighths())).setHeader(getTranslation("production.strip.pages"))
                .setKey("pages").setAutoWidth(true).setFlexGrow(0);
        scenes.addColumn(s -> s.castIds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("production.strip.cast")).setKey("cast").setAutoWidth(true);
        scenes.addColumn(CallSheetContent.SceneLine::location).setHeader(getTranslation("callsheet.pdf.location"))
                .setKey("location").setAutoWidth(true);

        cast.setId("call-sheet-cast");
        cast.addThemeVariants(GridVariant.LUMO_COMPACT);
        cast.setAllRowsVisible(true);
        cast.addColumn(CallSheetContent.CastLine::castId).setHeader(getTranslation("callsheet.cast.id")).setKey("id")
                .setAutoWidth(true).setFlexGrow(0);
        cast.addColumn(CallSheetContent.CastLine::character).setHeader(getTranslation("callsheet.cast.character"))
                .setKey("character").setAutoWidth(true);
        cast.addColumn(CallSheetContent.CastLine::performer).setHeader(getTranslation("callsheet.cast.performer"))
                .setKey("performer").setAutoWidth(true);
        cast.addColumn(CallSheetContent.CastLine::dood).setHeader(getTranslation("callsheet.cast.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        cast.addColumn(c -> CallTimes.format(c.pickUp())).setHeader(getTranslation("callsheet.cast.pick-up"))
                .setKey("pick-up");
        cast.addColumn(c -> CallTimes.format(c.makeUp())).setHeader(getTranslation("callsheet.cast.make-up"))
                .setKey("make-up");
        cast.addColumn(c -> CallTimes.format(c.wardrobe())).setHeader(getTranslation("callsheet.cast.wardrobe"))
                .setKey("wardrobe");
        cast.addColumn(c -> CallTimes.format(c.onSet())).setHeader(getTranslation("callsheet.cast.on-set"))
                .setKey("on-set");
        cast.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                performer.setValue(event.getValue());
            }
        });
        performer.setId("cast-performer");
        performer.setLabel(getTranslation("callsheet.cast.character"));
        performer.setItemLabelGenerator(c -> app.coulisse.cast.CastLabel.of(c.castId(), c.character()));
        performer.addValueChangeListener(event -> showTimes(event.getValue()));
        pickUp.setId("cast-pick-up");
        pickUp.setLabel(getTranslation("callsheet.cast.pick-up"));
        makeUp.setId("cast-make-up");
        makeUp.setLabel(getTranslation("callsheet.cast.make-up"));
        wardrobe.setId("cast-wardrobe");
        wardrobe.setLabel(getTranslation("callsheet.cast.wardrobe"));
        onSet.setId("cast-on-set");
        onSet.setLabel(getTranslation("callsheet.cast.on-set"));
        Button saveTimes = new Button(getTranslation("callsheet.screen.save"), click -> saveTimes());
        saveTimes.setId("save-cast-times");
        HorizontalLayout times = new HorizontalLayout(performer, pickUp, makeUp, wardrobe, onSet, saveTimes);
        times.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        times.setWrap(true);

        dances.setId("call-sheet-dances");
        notes.setId("call-sheet-notes");
        notes.setLabel(getTranslation("callsheet.notes"));
        notes.setWidthFull();
        notes.setMaxLength(CallSheetService.NOTES_MAX);
        Button saveNotes = new Button(getTranslation("callsheet.screen.save"), click -> saveNotes());
        saveNotes.setId("save-notes");

        sheet.add(status, problems, actions, calls, new H3(getTranslation("callsheet.pdf.scenes")), scenes,
                new H3(getTranslation("callsheet.pdf.cast")), cast, times,
                new H3(getTranslation("callsheet.pdf.dances")), dances, notes, saveNotes);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        dayId = parameter;
        if (parameter == null) {
            return;
        }
        day.getListDataView().getItems().filter(d -> d.id() == parameter).findFirst().ifPresent(day::setValue);
        try {
            show(service.callSheet(seasonNumber, parameter));
        } catch (DomainException refused) {
            Notifications.error(message(refused));
        }
    }

    private void show(CallSheetState state) {
        sheet.setVisible(true);
        CallSheetContent draft = state.draft();
        PublishedCallSheet published = state.published();
        status.setText(published == null ? getTranslation("callsheet.screen.not-published")
                : state.outOfDate() ? getTranslation("callsheet.screen.out-of-date", published.version())
                : getTranslation("callsheet.screen.published", published.version(), published.publishedBy()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(state.outOfDate() ? "badge error" : published == null ? "badge"
                : "badge success");
        problems.removeAll();
        state.problems().forEach(p -> problems.add(new Paragraph(problem(p))));
        state.pending().forEach(c -> problems.add(new Paragraph(change(c))));
        crewCall.setValue(draft.crewCall());
        shootingCall.setValue(draft.shootingCall());
        crewCall.setInvalid(false);
        shootingCall.setInvalid(false);
        scenes.setItems(draft.scenes());
        cast.setItems(draft.cast());
        performer.setItems(draft.cast());
        dances.removeAll();
        draft.dances().forEach(d -> dances.add(new Paragraph(d.title() + " — " + d.choreographer() + " — "
                + d.music() + (d.musicSource() == null ? "" : " (" + getTranslation("dance.source." + d.musicSource())
                + ")") + (d.pointeShoes() == 0 ? "" : " — " + getTranslation("callsheet.dance.pairs", d.pointeShoes())))));
        notes.setValue(draft.notes() == null ? "" : draft.notes());
    }

    private void showTimes(CallSheetContent.CastLine line) {
        pickUp.setValue(line == null ? null : line.pickUp());
        makeUp.setValue(line == null ? null : line.makeUp());
        wardrobe.setValue(line == null ? null : line.wardrobe());
        onSet.setValue(line == null ? null : line.onSet());
        pickUp.setInvalid(false);
    }

    private void saveCalls() {
        attempt(() -> service.setCalls(seasonNumber, dayId, crewCall.getValue(), shootingCall.getValue()), crewCall);
    }

    private void saveTimes() {
        CallSheetContent.CastLine line = performer.getValue();
        if (line == null) {
            performer.setErrorMessage(getTranslation("callsheet.screen.choose-performer"));
            performer.setInvalid(true);
            return;
        }
        attempt(() -> service.setCastTimes(seasonNumber, dayId, new CastTimes(line.castId(), pickUp.getValue(),
                makeUp.getValue(), wardrobe.getValue(), onSet.getValue())), pickUp);
    }

    private void saveNotes() {
        attempt(() -> service.setNotes(seasonNumber, dayId, notes.getValue()), notes);
    }

    /** Runs an edit and shows the sheet after it, or the refusal at the field it concerns. */
    private void attempt(java.util.function.Supplier<CallSheetState> edit, HasValidation field) {
        try {
            show(edit.get());
            Notifications.success(getTranslation("callsheet.screen.saved"));
        } catch (DomainException refused) {
            field.setErrorMessage(message(refused));
            field.setInvalid(true);
        }
    }

    private void publish() {
        try {
            PublishedCallSheet published = service.publish(seasonNumber, dayId);
            Notifications.success(getTranslation("callsheet.screen.published-now", published.version()));
            show(service.callSheet(seasonNumber, dayId));
        } catch (DomainException refused) {
            Notifications.error(message(refused));
        }
    }

    /** The PDF: the published version (or the draft before any), or the draft itself, in the chosen languages. */
    private Anchor pdf(boolean draft) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setContentType("application/pdf");
            event.getResponse().setHeader("Content-Disposition", "inline");
            try (OutputStream out = event.getOutputStream()) {
                service.writePdf(seasonNumber, dayId, draft, languages(), out);
            }
        }, "");
        link.setTarget(AnchorTarget.BLANK);
        link.add(VaadinIcon.PRINT.create(), new Span(getTranslation(draft ? "callsheet.screen.pdf-draft"
                : "callsheet.screen.pdf")));
        link.setId(draft ? "call-sheet-pdf-draft" : "call-sheet-pdf");
        link.addClassName("download-link");
        return link;
    }

    private List<Locale> languages() {
        String chosen = language.getValue();
        return BOTH.equals(chosen) ? Languages.SUPPORTED : List.of(Locale.forLanguageTag(chosen));
    }

    private String message(DomainException refused) {
        return getTranslation(refused.getMessageKey(), LocalFormats.arguments(refused.getArguments(), getLocale()));
    }

    private String problem(CallSheetProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private String change(Change change) {
        return getTranslation(change.kind().messageKey(), change.subject(), change.before(), change.after());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("callsheet.screen.heading");
    }
}
