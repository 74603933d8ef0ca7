package app.coulisse.schedule.ui;

import app.coulisse.cast.CastLabel;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.dance.RehearsalHours;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.dance.readiness.CoverInLine;
import app.coulisse.dance.readiness.DancerOut;
import app.coulisse.dance.readiness.DancerUnavailability;
import app.coulisse.dance.readiness.RemovedOut;
import app.coulisse.schedule.DancerOutImpact;
import app.coulisse.schedule.DancerOutService;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.Confirm;
import app.coulisse.ui.FieldRefusal;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.MaxLength;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A dancer is out (record 054): mark a dancer unavailable for a date range; for the absence picked, every shoot day,
 * rehearsal call and part it touches with the best cover for each, one action putting those covers in, its undo,
 * and the history of both; an absence entered by mistake is removed, with its covers, and listed as removed, from where it can be restored.
 */
@Route("production/dancers-out")
@PermitAll
public class DancersOutView extends VerticalLayout implements HasDynamicTitle {

    private final transient AvailabilityService availabilityService;
    private final transient DancerOutService dancerOutService;
    private final int seasonNumber;
    private final boolean editable;
    private final ComboBox<StoryCharacter> dancer = new ComboBox<>();
    private final DatePicker from = LocalFormats.localise(new DatePicker());
    private final DatePicker to = LocalFormats.localise(new DatePicker());
    private final TextField reason = new TextField();
    private final Grid<DancerOut> outs = new Grid<>();
    private final UnorderedList shootDays = new UnorderedList();
    private final UnorderedList calls = new UnorderedList();
    private final Grid<DancerOutImpact.AffectedPart> parts = new Grid<>();
    private final UnorderedList history = new UnorderedList();
    private final Button putIn = new Button();
    private final Button undo = new Button();
    private final Button remove = new Button();
    private final UnorderedList removed = new UnorderedList();
    private final H3 removedHeading = new H3();
    private final VerticalLayout impact = new VerticalLayout();

    public DancersOutView(AvailabilityService availabilityService, DancerOutService dancerOutService,
                          CastService castService, SeasonService seasonService, CurrentUser currentUser) {
        this.availabilityService = availabilityService;
        this.dancerOutService = dancerOutService;
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        this.seasonNumber = seasonPicker.selected();
        this.editable = currentUser.canPlan();
        add(ProductionHeader.of(getTranslation("production.out.heading"), seasonPicker));
        if (editable) {
            add(form(castService));
        }

        outs.setId("dancers-out");
        outs.addThemeVariants(GridVariant.LUMO_COMPACT);
        outs.setAllRowsVisible(true);
        outs.addColumn(out -> CastLabel.of(out.castId(), out.name())).setHeader(getTranslation("production.out.dancer"))
                .setKey("dancer").setAutoWidth(true);
        outs.addColumn(out -> LocalFormats.date(out.from(), getLocale())).setHeader(getTranslation("production.out.from"))
                .setKey("from");
        outs.addColumn(out -> LocalFormats.date(out.to(), getLocale())).setHeader(getTranslation("production.out.to"))
                .setKey("to");
        outs.addColumn(out -> out.reason() == null ? "" : out.reason()).setHeader(getTranslation("production.out.reason"))
                .setKey("reason").setFlexGrow(2);
        outs.addSelectionListener(event -> showImpact(event.getFirstSelectedItem().orElse(null)));

        shootDays.setId("out-shoot-days");
        calls.setId("out-calls");
        history.setId("out-history");
        parts.setId("out-parts");
        parts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        parts.setAllRowsVisible(true);
        parts.addColumn(DancerOutImpact.AffectedPart::numberTitle).setHeader(getTranslation("production.rehearsals.number"))
                .setKey("number").setAutoWidth(true);
        parts.addColumn(p -> p.partName().in(Messages.bundled(), getLocale())).setHeader(getTranslation("production.readiness.part"))
                .setKey("part").setAutoWidth(true);
        parts.addColumn(p -> cover(p.proposed())).setHeader(getTranslation("production.out.proposed"))
                .setKey("proposed").setFlexGrow(2);
        parts.addColumn(p -> p.standingIn() == null ? "" : p.standingIn().label())
                .setHeader(getTranslation("production.out.standing-in")).setKey("standing-in").setFlexGrow(1);
        putIn.setText(getTranslation("production.out.put-in"));
        putIn.setId("put-covers-in");
        undo.setText(getTranslation("production.out.undo"));
        undo.setId("undo-covers");
        remove.setText(getTranslation("production.out.remove"));
        remove.setId("remove-out");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        removed.setId("out-removed");
        HorizontalLayout actions = new HorizontalLayout(putIn, undo, remove);
        actions.setVisible(editable);
        impact.setPadding(false);
        impact.add(new H3(getTranslation("production.out.shoot-days")), shootDays,
                new H3(getTranslation("production.out.calls")), calls,
                new H3(getTranslation("production.out.parts")), parts, actions,
                new H3(getTranslation("production.out.history")), history);
        removedHeading.setText(getTranslation("production.out.removed"));
        add(outs, impact, removedHeading, removed);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("production.out.heading");
    }

    private HorizontalLayout form(CastService castService) {
        dancer.setId("out-dancer");
        dancer.setLabel(getTranslation("production.out.dancer"));
        dancer.setItems(castService.characters().stream().filter(StoryCharacter::isDancer).toList());
        dancer.setItemLabelGenerator(StoryCharacter::castLabel);
        from.setId("out-from");
        from.setLabel(getTranslation("production.out.from"));
        to.setId("out-to");
        to.setLabel(getTranslation("production.out.to"));
        reason.setId("out-reason");
        reason.setLabel(getTranslation("production.out.reason"));
        reason.setHelperText(getTranslation("production.out.reason-help"));
        reason.setMaxLength(MaxLength.of(DancerUnavailability.class, "reason"));
        Button markOut = new Button(getTranslation("production.out.mark"), event -> markOut());
        markOut.setId("mark-out");
        HorizontalLayout form = new HorizontalLayout(dancer, from, to, reason, markOut);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        putIn.addClickListener(event -> onSelected(out -> dancerOutService.putCoversIn(seasonNumber, out.id())));
        undo.addClickListener(event -> onSelected(out -> availabilityService.undo(out.id())));
        remove.addClickListener(event -> confirmRemove());
        return form;
    }

    private void markOut() {
        if (dancer.getValue() == null) {
            Notifications.error(getTranslation("production.out.choose-dancer"));
            return;
        }
        FieldRefusal.show(to, false, null);
        FieldRefusal.show(from, false, null);
        try {
            long id = availabilityService.markOut(dancer.getValue().getId(), from.getValue(), to.getValue(),
                    reason.getValue());
            refresh();
            outs.getListDataView().getItems().filter(out -> out.id() == id).findFirst().ifPresent(outs::select);
        } catch (DomainException refused) {
            String message = getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale()));
            String key = refused.getMessageKey();
            boolean shown = FieldRefusal.show(to, key.equals("dance.out.range-reversed"), message)
                    | FieldRefusal.show(from, key.equals("dance.out.dates-required"), message)
                    | FieldRefusal.show(reason, key.equals("dance.out.reason.too-long"), message);
            if (!shown) {
                Notifications.error(message);
            }
        }
    }

    /** Asks before removing the absence picked; its covers come out with it and the history keeps both. */
    private void confirmRemove() {
        DancerOut out = outs.asSingleSelect().getValue();
        if (out == null) {
            return;
        }
        Confirm.destructive("confirm-remove-out", getTranslation("production.out.remove-title"),
                getTranslation("production.out.remove-text", CastLabel.of(out.castId(), out.name()),
                        LocalFormats.date(out.from(), getLocale()), LocalFormats.date(out.to(), getLocale())),
                getTranslation("production.out.remove"), () -> {
                    try {
                        availabilityService.remove(out.id());
                    } catch (DomainException refused) {
                        Notifications.error(getTranslation(refused.getMessageKey(),
                                LocalFormats.arguments(refused.getArguments(), getLocale())));
                    }
                    refresh();
                });
    }

    private void onSelected(java.util.function.Consumer<DancerOut> action) {
        DancerOut out = outs.asSingleSelect().getValue();
        if (out == null) {
            return;
        }
        try {
            action.accept(out);
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale())));
        }
        showImpact(out);
    }

    private void refresh() {
        outs.setItems(availabilityService.dancersOut());
        removed.removeAll();
        availabilityService.removed().forEach(out -> removed.add(removedItem(out)));
        removedHeading.setVisible(removed.getChildren().findAny().isPresent());
        showImpact(null);
    }

    /** A removed absence as the history lists it, with (for those who plan) the button that brings it back. */
    private ListItem removedItem(RemovedOut out) {
        ListItem item = new ListItem(getTranslation("production.out.history-removed", CastLabel.of(out.castId(), out.name()),
                LocalFormats.date(out.from(), getLocale()), LocalFormats.date(out.to(), getLocale()), out.removedBy(),
                when(out.removedAt())));
        if (editable) {
            Button restore = new Button(getTranslation("production.out.restore"), event -> restore(out));
            restore.setId("restore-out-" + out.id());
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            restore.addClassName("after-text");
            item.add(restore);
        }
        return item;
    }

    private void restore(RemovedOut out) {
        try {
            availabilityService.restore(out.id());
            Notifications.success(getTranslation("production.out.restored", CastLabel.of(out.castId(), out.name()),
                    LocalFormats.date(out.from(), getLocale()), LocalFormats.date(out.to(), getLocale())));
        } catch (DomainException refused) {
            Notifications.error(getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale())));
        }
        refresh();
        outs.getListDataView().getItems().filter(shown -> shown.id() == out.id()).findFirst().ifPresent(outs::select);
    }

    private void showImpact(DancerOut out) {
        impact.setVisible(out != null);
        shootDays.removeAll();
        calls.removeAll();
        history.removeAll();
        if (out == null) {
            parts.setItems();
            return;
        }
        DancerOutImpact touched = dancerOutService.impact(seasonNumber, out.id());
        touched.shootDays().forEach(day -> shootDays.add(new ListItem(getTranslation("production.out.shoot-day",
                day.number(), day.unitName(), LocalFormats.date(day.date(), getLocale()), String.join(", ", day.strips())))));
        for (ProductionPlan.Call call : touched.calls()) {
            calls.add(new ListItem(getTranslation("production.out.call", LocalFormats.date(call.date(), getLocale()),
                    call.start().toString(), call.numberTitle())));
        }
        parts.setItems(touched.parts());
        for (CoverInLine line : touched.history()) {
            history.add(new ListItem(getTranslation("production.out.history-in",
                    CastLabel.of(line.coverCastId(), line.coverName()), line.part(), line.putInBy(), when(line.putInAt()))));
            if (line.undoneAt() != null) {
                history.add(new ListItem(getTranslation("production.out.history-undone",
                        CastLabel.of(line.coverCastId(), line.coverName()), line.part(), line.undoneBy(), when(line.undoneAt()))));
            }
        }
        putIn.setEnabled(!touched.coversIn() && touched.parts().stream().anyMatch(p -> p.proposed() != null));
        undo.setEnabled(touched.coversIn());
    }

    private String when(Instant at) {
        return at == null ? "" : LocalFormats.date(at.atZone(ZoneOffset.UTC).toLocalDate(), getLocale());
    }

    /** The cover proposed: ready, or not yet with the hours still to rehearse; "nobody" when none is left. */
    private String cover(DancerOutImpact.Cover cover) {
        if (cover == null) {
            return getTranslation("production.out.nobody");
        }
        return cover.ready() ? getTranslation("production.out.cover-ready", cover.label())
                : getTranslation("production.out.cover-needs", cover.label(),
                RehearsalHours.format(cover.hoursNeeded(), getLocale()));
    }
}
