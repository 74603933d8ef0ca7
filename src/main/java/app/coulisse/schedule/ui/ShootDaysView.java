package app.coulisse.schedule.ui;

import app.coulisse.security.CurrentUser;
import app.coulisse.core.DomainException;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ScheduleSettings;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.schedule.ShootUnit;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Units and shoot days: add a unit with its working week, its holidays, generate days from a start date, add a
 * day, move it, change its type, delete it (its strips go back to the boneyard after a confirmation that counts
 * them); the showrunner sets the schedule's two rules.
 */
@Route("production/days")
@PermitAll
public class ShootDaysView extends VerticalLayout implements HasDynamicTitle {

    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/"))
            .filter(id -> !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().map(ZoneId::of).toList();

    private final transient ShootDayService shootDayService;
    private final transient ProductionPlanService planService;
    private final int seasonNumber;
    private final boolean editable;
    private final Grid<ProductionPlan.Unit> units = new Grid<>();
    private final Grid<ProductionPlan.BoardDay> days = new Grid<>();
    private final ComboBox<ProductionPlan.Unit> unit = new ComboBox<>();
    private final DatePicker date = LocalFormats.localise(new DatePicker());
    private final IntegerField count = new IntegerField();
    private final Select<DayType> type = new Select<>();
    private final transient ObjectProvider<ShootDayItem> otherFeaturesItems;

    public ShootDaysView(ShootDayService shootDayService, ProductionPlanService planService, SeasonService seasonService,
                         CurrentUser currentUser, ObjectProvider<ShootDayItem> otherFeaturesItems) {
        this.shootDayService = shootDayService;
        this.otherFeaturesItems = otherFeaturesItems;
        this.planService = planService;
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        this.seasonNumber = seasonPicker.selected();
        this.editable = currentUser.canPlan();
        add(ProductionHeader.of(getTranslation("production.days.heading"), seasonPicker));
        units.setId("units");
        units.setAllRowsVisible(true);
        units.addColumn(ProductionPlan.Unit::name).setHeader(getTranslation("production.unit.name")).setKey("name");
        units.addColumn(ProductionPlan.Unit::country).setHeader(getTranslation("production.unit.country")).setKey("country");
        units.addColumn(ProductionPlan.Unit::colour).setHeader(getTranslation("production.unit.colour")).setKey("colour");
        if (editable) {
            units.addComponentColumn(this::zoneOf).setHeader(getTranslation("production.unit.zone")).setKey("zone")
                    .setAutoWidth(true);
        } else {
            units.addColumn(u -> u.timeZone().getId()).setHeader(getTranslation("production.unit.zone")).setKey("zone");
        }
        days.setId("days");
        days.addThemeVariants(GridVariant.LUMO_COMPACT);
        days.addColumn(d -> LocalFormats.date(d.date(), getLocale())).setHeader(getTranslation("production.call.date"))
                .setKey("date");
        days.addColumn(ProductionPlan.BoardDay::unitName).setHeader(getTranslation("production.unit.name")).setKey("unit");
        days.addColumn(d -> getTranslation("schedule.day-type." + d.type())).setHeader(getTranslation("production.day.type"))
                .setKey("type");
        days.addColumn(d -> d.number() == 0 ? "" : String.valueOf(d.number()))
                .setHeader(getTranslation("production.day.number")).setKey("number");
        days.addColumn(d -> d.strips().size()).setHeader(getTranslation("production.day.strips")).setKey("strips");
        if (editable) {
            days.addComponentColumn(this::dayActions).setKey("actions").setAutoWidth(true);
        }
        add(new H3(getTranslation("production.units.heading")), units);
        if (editable) {
            add(unitForm(), dayForm());
        }
        add(new H3(getTranslation("production.days.list")));
        // The days fill the window below the forms, and never shrink to a row or two when the forms are tall.
        setMinHeight("100%");
        days.setMinHeight("24rem");
        addAndExpand(days);
        if (currentUser.isShowrunner()) {
            add(settingsForm());
        }
        refresh();
    }

    private HorizontalLayout unitForm() {
        TextField name = new TextField(getTranslation("production.unit.name"));
        name.setId("unit-name");
        TextField country = new TextField(getTranslation("production.unit.country"));
        country.setId("unit-country");
        country.setValue("FR");
        TextField colour = new TextField(getTranslation("production.unit.colour"));
        colour.setId("unit-colour");
        colour.setValue("#90CAF9");
        CheckboxGroup<DayOfWeek> week = new CheckboxGroup<>(getTranslation("production.unit.week"));
        week.setId("unit-week");
        week.setItems(DayOfWeek.values());
        week.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, getLocale()));
        week.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        ComboBox<ZoneId> zone = zoneField();
        zone.setId("unit-zone");
        zone.setLabel(getTranslation("production.unit.zone"));
        zone.setValue(ShootUnit.DEFAULT_TIME_ZONE);
        Button add = new Button(getTranslation("production.unit.add"), e -> act(() -> shootDayService.addUnit(seasonNumber,
                name.getValue(), colour.getValue(), country.getValue(), zone.getValue(), Set.copyOf(week.getValue()))));
        add.setId("add-unit");
        HorizontalLayout form = new HorizontalLayout(name, country, colour, zone, week, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout dayForm() {
        unit.setId("day-unit");
        unit.setLabel(getTranslation("production.unit.name"));
        unit.setItemLabelGenerator(ProductionPlan.Unit::name);
        date.setId("day-date");
        date.setLabel(getTranslation("production.call.date"));
        count.setId("day-count");
        count.setLabel(getTranslation("production.day.count"));
        count.setValue(5);
        type.setId("day-type");
        type.setLabel(getTranslation("production.day.type"));
        type.setItems(DayType.values());
        type.setItemLabelGenerator(t -> getTranslation("schedule.day-type." + t));
        type.setValue(DayType.SHOOT);
        Button generate = new Button(getTranslation("production.day.generate"), e -> withUnit(u -> act(() ->
                shootDayService.addDays(u.id(), date.getValue(), count.getValue() == null ? 0 : count.getValue()))));
        generate.setId("generate-days");
        Button addDay = new Button(getTranslation("production.day.add"), e -> withUnit(u -> act(() ->
                shootDayService.addDay(u.id(), date.getValue(), type.getValue()))));
        addDay.setId("add-day");
        Button holiday = new Button(getTranslation("production.day.holiday"), e -> withUnit(u -> act(() ->
                shootDayService.addHoliday(u.id(), date.getValue()))));
        holiday.setId("add-holiday");
        HorizontalLayout form = new HorizontalLayout(unit, date, count, generate, type, addDay, holiday);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** A unit's zone, changed where it is shown. */
    private ComboBox<ZoneId> zoneOf(ProductionPlan.Unit shown) {
        ComboBox<ZoneId> zone = zoneField();
        zone.setId("zone-unit-" + shown.id());
        zone.setAriaLabel(getTranslation("production.unit.zone"));
        zone.setValue(shown.timeZone());
        zone.addValueChangeListener(e -> {
            if (!shown.timeZone().equals(e.getValue())) {
                act(() -> shootDayService.changeTimeZone(shown.id(), e.getValue()));
            }
        });
        return zone;
    }

    /** Every zone the JVM knows, by region name ("Europe/Paris"). */
    private static ComboBox<ZoneId> zoneField() {
        ComboBox<ZoneId> zone = new ComboBox<>();
        zone.setItems(ZONES);
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setRequired(true);
        return zone;
    }

    private HorizontalLayout dayActions(ProductionPlan.BoardDay day) {
        DatePicker moveTo = LocalFormats.localise(new DatePicker());
        moveTo.setPlaceholder(getTranslation("production.day.move-to"));
        moveTo.setId("move-day-" + day.id());
        moveTo.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                act(() -> shootDayService.moveDay(day.id(), e.getValue()));
            }
        });
        Select<DayType> retype = new Select<>();
        retype.setId("retype-day-" + day.id());
        retype.setItems(DayType.values());
        retype.setItemLabelGenerator(t -> getTranslation("schedule.day-type." + t));
        retype.setValue(day.type());
        retype.addValueChangeListener(e -> {
            if (e.getValue() != day.type()) {
                act(() -> shootDayService.changeDayType(day.id(), e.getValue()));
            }
        });
        Button delete = new Button(getTranslation("production.action.delete"), e -> delete(day));
        delete.setId("delete-day-" + day.id());
        HorizontalLayout actions = new HorizontalLayout(moveTo, retype, delete);
        otherFeaturesItems.orderedStream().forEach(item -> item.create(seasonNumber, day).ifPresent(actions::add));
        return actions;
    }

    private void delete(ProductionPlan.BoardDay day) {
        long strips = shootDayService.stripCount(day.id());
        if (strips == 0) {
            act(() -> shootDayService.deleteDay(day.id()));
            return;
        }
        Confirm.destructive("confirm-delete-day", getTranslation("production.day.delete-title",
                        LocalFormats.date(day.date(), getLocale())),
                getTranslation("production.day.delete-text", strips), getTranslation("production.action.delete"),
                () -> act(() -> shootDayService.deleteDay(day.id())));
    }

    private HorizontalLayout settingsForm() {
        ScheduleSettings settings = shootDayService.settings();
        IntegerField drop = new IntegerField(getTranslation("production.settings.drop"));
        drop.setId("settings-drop");
        drop.setValue(settings.getDropPickupMinDays());
        IntegerField maxHours = new IntegerField(getTranslation("production.settings.hours"));
        maxHours.setId("settings-hours");
        maxHours.setValue(settings.getMaxRehearsalHours());
        Button save = new Button(getTranslation("production.settings.save"), e -> act(() -> shootDayService.updateSettings(
                drop.getValue() == null ? 0 : drop.getValue(), maxHours.getValue() == null ? 0 : maxHours.getValue())));
        save.setId("save-settings");
        HorizontalLayout form = new HorizontalLayout(drop, maxHours, save);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private void withUnit(java.util.function.Consumer<ProductionPlan.Unit> action) {
        if (unit.getValue() == null) {
            Notifications.error(getTranslation("production.day.choose-unit"));
            return;
        }
        action.accept(unit.getValue());
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale())));
        }
        refresh();
    }

    private void refresh() {
        ProductionPlan plan = planService.plan(seasonNumber);
        ProductionPlan.Unit chosen = unit.getValue();
        units.setItems(plan.units());
        unit.setItems(plan.units());
        if (chosen != null) {
            plan.units().stream().filter(u -> u.id() == chosen.id()).findFirst().ifPresent(unit::setValue);
        }
        days.setItems(plan.days());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("production.days.heading");
    }
}
