package app.coulisse.schedule.ui;

import app.coulisse.ui.MaxLength;
import app.coulisse.cast.CastLabel;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.readiness.PartLine;
import app.coulisse.dance.readiness.PartsService;
import app.coulisse.schedule.CallDraft;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.RehearsalPlan;
import app.coulisse.schedule.RehearsalService;
import app.coulisse.schedule.ShoeCount;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rehearsal plan: per dance number its hours needed, called before its first shoot day and the balance; the
 * calls with their warnings; the fitting calls; the shoes and costumes count.
 */
@Route("production/rehearsals")
@PermitAll
public class RehearsalPlanView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProductionPlanService planService;
    private final transient RehearsalService rehearsalService;
    private final int seasonNumber;
    private final boolean editable;
    private final Grid<RehearsalPlan.Balance> balances = new Grid<>();
    private final UnorderedList warnings = new UnorderedList();
    private final Grid<ProductionPlan.Call> calls = new Grid<>();
    private final Grid<ProductionPlan.Fitting> fittings = new Grid<>();
    private final Grid<ShoeCount.NumberLine> shoes = new Grid<>();
    private final Grid<ShoeCount.DancerLine> shoesByDancer = new Grid<>();
    private final Span shoesTotal = new Span();
    private final ComboBox<DanceNumber> number = new ComboBox<>();
    private final ComboBox<ProductionPlan.Unit> unit = new ComboBox<>();
    private final DatePicker date = LocalFormats.localise(new DatePicker());
    private final TimePicker start = LocalFormats.localise(new TimePicker());
    private final HoursField hours = new HoursField("call-hours", getTranslation("production.call.hours"), 2 * 60);
    private final TextField studio = new TextField();
    private final MultiSelectComboBox<StoryCharacter> dancers = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PartLine> callParts = new MultiSelectComboBox<>();
    private final transient PartsService partsService;
    private final Checkbox afterWrap = new Checkbox();
    private final ComboBox<StoryCharacter> fitted = new ComboBox<>();
    private final ComboBox<ProductionPlan.Unit> fittingUnit = new ComboBox<>();
    private final DatePicker fittingDate = LocalFormats.localise(new DatePicker());
    private final TimePicker fittingStart = LocalFormats.localise(new TimePicker());
    private final HoursField fittingHours = new HoursField("fitting-hours", getTranslation("production.call.hours"), 60);
    private final TextField fittingNote = new TextField();
    private transient Map<Integer, String> castNames = Map.of();

    public RehearsalPlanView(ProductionPlanService planService, RehearsalService rehearsalService,
                             DanceService danceService, CastService castService, SeasonService seasonService,
                             CurrentUser currentUser, PartsService partsService) {
        this.planService = planService;
        this.partsService = partsService;
        this.rehearsalService = rehearsalService;
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        this.seasonNumber = seasonPicker.selected();
        this.editable = currentUser.canPlan();
        List<StoryCharacter> characters = castService.characters();
        castNames = characters.stream().collect(Collectors.toMap(StoryCharacter::getCastId, StoryCharacter::castLabel));
        add(ProductionHeader.of(getTranslation("production.rehearsals.heading"), seasonPicker));

        balances.setId("rehearsal-balances");
        balances.addThemeVariants(GridVariant.LUMO_COMPACT);
        balances.setAllRowsVisible(true);
        balances.addColumn(RehearsalPlan.Balance::title).setHeader(getTranslation("production.rehearsals.number"))
                .setKey("number").setAutoWidth(true);
        balances.addColumn(b -> hours(b.minutesNeeded())).setHeader(getTranslation("production.rehearsals.needed"))
                .setKey("needed");
        balances.addColumn(b -> hours(b.minutesCalledBefore())).setHeader(getTranslation("production.rehearsals.called"))
                .setKey("called");
        balances.addColumn(b -> hours(b.balanceMinutes())).setHeader(getTranslation("production.rehearsals.balance"))
                .setKey("balance");
        balances.addColumn(b -> LocalFormats.date(b.firstShootDay(), getLocale()))
                .setHeader(getTranslation("production.rehearsals.first-shoot")).setKey("first-shoot");
        balances.addColumn(b -> b.isShort() ? getTranslation("production.rehearsals.short-by", hours(-b.balanceMinutes())) : "")
                .setHeader(getTranslation("production.rehearsals.warning")).setKey("warning");
        balances.setPartNameGenerator(b -> b.isShort() ? "strip-warning" : null);
        warnings.setId("rehearsal-warnings");
        warnings.addClassName("schedule-warning");

        calls.setId("rehearsal-calls");
        calls.addThemeVariants(GridVariant.LUMO_COMPACT);
        calls.setAllRowsVisible(true);
        calls.addColumn(c -> LocalFormats.date(c.date(), getLocale())).setHeader(getTranslation("production.call.date"))
                .setKey("date");
        calls.addColumn(c -> c.start().toString()).setHeader(getTranslation("production.call.start")).setKey("start");
        calls.addColumn(c -> hours(c.minutes())).setHeader(getTranslation("production.call.hours")).setKey("hours");
        calls.addColumn(ProductionPlan.Call::numberTitle).setHeader(getTranslation("production.rehearsals.number"))
                .setKey("number").setAutoWidth(true);
        calls.addColumn(ProductionPlan.Call::studio).setHeader(getTranslation("production.call.studio")).setKey("studio");
        calls.addColumn(ProductionPlan.Call::unitName).setHeader(getTranslation("production.unit.name")).setKey("unit");
        calls.addColumn(c -> String.join(", ", c.dancers())).setHeader(getTranslation("production.call.dancers"))
                .setKey("dancers").setFlexGrow(3).setTooltipGenerator(c -> String.join(", ", c.dancers()));
        calls.addColumn(c -> c.afterWrap() ? "✓" : "").setHeader(getTranslation("production.call.after-wrap"))
                .setKey("after-wrap");
        narrow(calls, "date", "start", "hours", "unit", "after-wrap");
        if (editable) {
            calls.addComponentColumn(c -> new Button(getTranslation("production.action.delete"),
                    e -> act(() -> rehearsalService.deleteRehearsalCall(c.id())))).setKey("delete").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        fittings.setId("fitting-calls");
        fittings.setAllRowsVisible(true);
        fittings.addColumn(f -> CastLabel.of(f.castId(), f.name())).setHeader(getTranslation("production.dood.performer"))
                .setKey("performer").setAutoWidth(true);
        fittings.addColumn(f -> LocalFormats.date(f.date(), getLocale())).setHeader(getTranslation("production.call.date"))
                .setKey("date");
        fittings.addColumn(f -> f.start().toString()).setHeader(getTranslation("production.call.start")).setKey("start");
        fittings.addColumn(f -> hours(f.minutes())).setHeader(getTranslation("production.call.hours")).setKey("hours");
        fittings.addColumn(ProductionPlan.Fitting::unitName).setHeader(getTranslation("production.unit.name"))
                .setKey("unit");
        fittings.addColumn(ProductionPlan.Fitting::note).setHeader(getTranslation("production.call.note")).setKey("note")
                .setFlexGrow(3).setTooltipGenerator(ProductionPlan.Fitting::note);
        narrow(fittings, "date", "start", "hours", "unit");
        if (editable) {
            fittings.addComponentColumn(f -> new Button(getTranslation("production.action.delete"),
                    e -> act(() -> rehearsalService.deleteFittingCall(f.id())))).setKey("delete").setAutoWidth(true)
                    .setFlexGrow(0);
        }

        shoes.setId("shoe-count");
        shoes.setAllRowsVisible(true);
        shoes.addColumn(ShoeCount.NumberLine::title).setHeader(getTranslation("production.rehearsals.number")).setKey("number");
        shoes.addColumn(ShoeCount.NumberLine::shoesPerDancer).setHeader(getTranslation("production.shoes.per-dancer"))
                .setKey("per-dancer");
        shoes.addColumn(ShoeCount.NumberLine::dancers).setHeader(getTranslation("production.shoes.dancers")).setKey("dancers");
        shoes.addColumn(ShoeCount.NumberLine::pairs).setHeader(getTranslation("production.shoes.pairs")).setKey("pairs");
        shoes.addColumn(ShoeCount.NumberLine::costumeNotes).setHeader(getTranslation("production.shoes.costumes"))
                .setKey("costumes").setFlexGrow(3);
        shoesTotal.setId("shoe-total");
        shoesByDancer.setId("shoe-count-dancers");
        shoesByDancer.setAllRowsVisible(true);
        shoesByDancer.addColumn(d -> CastLabel.of(d.castId(), d.name())).setHeader(getTranslation("production.dood.performer"))
                .setKey("dancer");
        shoesByDancer.addColumn(ShoeCount.DancerLine::numbers).setHeader(getTranslation("production.shoes.numbers"))
                .setKey("numbers");
        shoesByDancer.addColumn(ShoeCount.DancerLine::pairs).setHeader(getTranslation("production.shoes.pairs"))
                .setKey("pairs");

        add(new H3(getTranslation("production.rehearsals.balances")), balances, warnings,
                new H3(getTranslation("production.rehearsals.calls")));
        if (editable) {
            add(callForm(danceService.danceNumbers(), characters));
        }
        add(calls, new H3(getTranslation("production.rehearsals.fittings")));
        if (editable) {
            add(fittingForm(characters));
        }
        add(fittings, new H3(getTranslation("production.shoes.heading")), shoesTotal, shoes, shoesByDancer);
        refresh();
    }

    private HorizontalLayout callForm(List<DanceNumber> numbers, List<StoryCharacter> characters) {
        number.setId("call-number");
        number.setLabel(getTranslation("production.rehearsals.number"));
        number.setItems(numbers);
        number.setItemLabelGenerator(DanceNumber::getTitle);
        number.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                dancers.setValue(rehearsalService.defaultDancers(e.getValue().getId()));
            }
            callParts.setItems(e.getValue() == null ? List.of() : partsService.parts(e.getValue().getId()));
        });
        unitField(unit, "call-unit");
        date.setId("call-date");
        date.setLabel(getTranslation("production.call.date"));
        start.setId("call-start");
        start.setLabel(getTranslation("production.call.start"));
        start.setValue(LocalTime.of(10, 0));
        studio.setId("call-studio");
        studio.setLabel(getTranslation("production.call.studio"));
        dancers.setId("call-dancers");
        dancers.setLabel(getTranslation("production.call.dancers"));
        dancers.setItems(characters);
        dancers.setItemLabelGenerator(StoryCharacter::castLabel);
        // The parts the call rehearses: each dancer called adds its hours to them (record 054).
        callParts.setId("call-parts");
        callParts.setLabel(getTranslation("production.call.parts"));
        callParts.setItemLabelGenerator(part -> part.displayName(getLocale()));
        afterWrap.setId("call-after-wrap");
        afterWrap.setLabel(getTranslation("production.call.after-wrap"));
        Button add = new Button(getTranslation("production.call.add"), e -> addCall());
        add.setId("add-call");
        HorizontalLayout form = new HorizontalLayout(number, unit, date, start, hours, studio, dancers, callParts,
                afterWrap, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout fittingForm(List<StoryCharacter> characters) {
        fitted.setId("fitting-character");
        fitted.setLabel(getTranslation("production.dood.performer"));
        fitted.setItems(characters);
        fitted.setItemLabelGenerator(StoryCharacter::castLabel);
        fittingDate.setId("fitting-date");
        fittingDate.setLabel(getTranslation("production.call.date"));
        fittingStart.setId("fitting-start");
        fittingStart.setLabel(getTranslation("production.call.start"));
        fittingStart.setValue(LocalTime.of(9, 0));
        unitField(fittingUnit, "fitting-unit");
        fittingNote.setId("fitting-note");
        fittingNote.setLabel(getTranslation("production.call.note"));
        fittingNote.setMaxLength(MaxLength.of(app.coulisse.schedule.FittingCall.class, "note"));
        Button add = new Button(getTranslation("production.fitting.add"), e -> addFitting());
        add.setId("add-fitting");
        HorizontalLayout form = new HorizontalLayout(fitted, fittingUnit, fittingDate, fittingStart, fittingHours,
                fittingNote, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** Short columns take their content's width, so the long ones (dancers, note) get the rest of the line. */
    private static void narrow(Grid<?> grid, String... keys) {
        for (String key : keys) {
            grid.getColumnByKey(key).setAutoWidth(true).setFlexGrow(0);
        }
    }

    private void unitField(ComboBox<ProductionPlan.Unit> field, String id) {
        field.setId(id);
        field.setLabel(getTranslation("production.unit.name"));
        field.setItemLabelGenerator(ProductionPlan.Unit::name);
    }

    private void addFitting() {
        if (fitted.getValue() == null) {
            Notifications.error(getTranslation("production.fitting.choose"));
            return;
        }
        fittingHours.minutes().ifPresent(minutes -> act(() -> rehearsalService.addFittingCall(seasonNumber,
                fitted.getValue().getId(), unitId(fittingUnit), fittingDate.getValue(), fittingStart.getValue(), minutes,
                fittingNote.getValue())));
    }

    private static Long unitId(ComboBox<ProductionPlan.Unit> field) {
        return field.getValue() == null ? null : field.getValue().id();
    }

    private void addCall() {
        if (number.getValue() == null) {
            Notifications.error(getTranslation("production.call.choose-number"));
            return;
        }
        hours.minutes().ifPresent(minutes -> {
            CallDraft draft = new CallDraft(date.getValue(), start.getValue(), minutes, studio.getValue(),
                    number.getValue().getChoreographer(), afterWrap.getValue(),
                    dancers.getValue().stream().map(StoryCharacter::getId).collect(Collectors.toSet()), unitId(unit));
            Set<Long> parts = callParts.getValue().stream().map(PartLine::id).collect(Collectors.toSet());
            act(() -> rehearsalService.addRehearsalCall(seasonNumber, number.getValue().getId(), draft, parts));
        });
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale())));
            return;
        }
        refresh();
    }

    private void refresh() {
        ProductionPlan plan = planService.plan(seasonNumber);
        balances.setItems(plan.rehearsals().balances());
        Map<Long, String> titles = plan.rehearsals().balances().stream()
                .collect(Collectors.toMap(RehearsalPlan.Balance::numberId, RehearsalPlan.Balance::title));
        warnings.removeAll();
        plan.rehearsals().warnings().forEach(w -> warnings.add(new ListItem(getTranslation(w.messageKey(),
                titles.getOrDefault(w.numberId(), ""), castNames.getOrDefault(w.castId(), ""),
                LocalFormats.date(w.date(), getLocale()), plan.maxRehearsalHours()))));
        for (ComboBox<ProductionPlan.Unit> field : List.of(unit, fittingUnit)) {
            Long chosen = unitId(field);
            field.setItems(plan.units());
            plan.units().stream().filter(u -> chosen == null || u.id() == chosen).findFirst().ifPresent(field::setValue);
        }
        calls.setItems(plan.calls());
        fittings.setItems(plan.fittings());
        shoes.setItems(plan.shoes().numbers());
        shoesByDancer.setItems(plan.shoes().dancers());
        shoesTotal.setText(getTranslation("production.shoes.total", plan.shoes().total()));
    }

    private String hours(int minutes) {
        return HoursField.text(minutes, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("production.rehearsals.heading");
    }
}
