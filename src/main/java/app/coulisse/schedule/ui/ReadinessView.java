package app.coulisse.schedule.ui;

import app.coulisse.dance.readiness.DancePart;
import app.coulisse.ui.MaxLength;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.readiness.PartDraft;
import app.coulisse.dance.readiness.PartLine;
import app.coulisse.dance.readiness.PartsService;
import app.coulisse.schedule.PartMinutes;
import app.coulisse.schedule.ReadinessService;
import app.coulisse.schedule.RehearsalService;
import app.coulisse.schedule.SeasonReadiness;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.security.CurrentUser;
import app.coulisse.ui.FieldRefusal;
import app.coulisse.ui.LocalFormats;
import app.coulisse.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A dance number's readiness (record 054): go or no go on each of its shoot days with the reasons; its parts with
 * first cast and covers, the hours each has rehearsed the part and who is signed off as ready; the choreographer (the
 * production office) adds and changes parts and signs dancers off or takes it back.
 */
@Route("production/readiness")
@PermitAll
public class ReadinessView extends VerticalLayout implements HasDynamicTitle {

    /** The screen offers three covers a part, in order (the service takes any number). */
    private static final List<String> COVER_LABELS = List.of("production.readiness.cover-1",
            "production.readiness.cover-2", "production.readiness.cover-3");
    private static final List<String> COVER_REFUSALS = List.of("dance.part.cover-is-first-cast",
            "dance.part.cover-twice");

    private final transient ReadinessService readinessService;
    private final transient PartsService partsService;
    private final transient RehearsalService rehearsalService;
    private final int seasonNumber;
    private final boolean editable;
    private final transient Map<Long, StoryCharacter> characters;
    private final ComboBox<DanceNumber> number = new ComboBox<>();
    private final Grid<SeasonReadiness.NumberDay> days = new Grid<>();
    private final Grid<PartLine> parts = new Grid<>();
    private final TextField partName = new TextField();
    private final IntegerField dancerCount = new IntegerField();
    private final ComboBox<StoryCharacter> firstCast = new ComboBox<>();
    private final List<ComboBox<StoryCharacter>> covers = new ArrayList<>();
    private final Button savePart = new Button();
    private final ComboBox<StoryCharacter> dancer = new ComboBox<>();
    private transient PartLine editing;
    private transient Map<List<Long>, Long> minutes = Map.of();

    public ReadinessView(ReadinessService readinessService, PartsService partsService,
                         RehearsalService rehearsalService, DanceService danceService, CastService castService,
                         SeasonService seasonService, CurrentUser currentUser) {
        this.readinessService = readinessService;
        this.partsService = partsService;
        this.rehearsalService = rehearsalService;
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        this.seasonNumber = seasonPicker.selected();
        this.editable = currentUser.canPlan();
        List<StoryCharacter> cast = castService.characters();
        this.characters = cast.stream().collect(Collectors.toMap(StoryCharacter::getId, Function.identity()));
        add(ProductionHeader.of(getTranslation("production.readiness.heading"), seasonPicker));

        number.setId("readiness-number");
        number.setLabel(getTranslation("production.rehearsals.number"));
        number.setItemLabelGenerator(DanceNumber::getTitle);
        number.setItems(danceService.danceNumbers());
        number.setWidth("20rem");
        number.addValueChangeListener(event -> refresh());

        days.setId("readiness-days");
        days.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        days.setAllRowsVisible(true);
        days.addColumn(d -> LocalFormats.date(d.date(), getLocale())).setHeader(getTranslation("production.call.date"))
                .setKey("date").setAutoWidth(true).setFlexGrow(0);
        days.addColumn(d -> NoGoText.mark(d.go())).setHeader(getTranslation("production.readiness.go-no-go"))
                .setKey("go").setAutoWidth(true).setFlexGrow(0);
        days.addColumn(d -> NoGoText.reasons(d.reasons()).replace("\n", " · "))
                .setHeader(getTranslation("production.readiness.reasons")).setKey("reasons").setFlexGrow(3);
        days.setPartNameGenerator(d -> d.go() ? null : "strip-warning");

        parts.setId("readiness-parts");
        parts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        parts.setAllRowsVisible(true);
        parts.addColumn(this::shown).setHeader(getTranslation("production.readiness.part")).setKey("part")
                .setAutoWidth(true);
        parts.addColumn(PartLine::dancerCount).setHeader(getTranslation("production.readiness.dancers"))
                .setKey("count").setAutoWidth(true).setFlexGrow(0);
        parts.addColumn(p -> p.firstCastId() == null ? "" : dancerLine(p, p.firstCastId()))
                .setHeader(getTranslation("production.readiness.first-cast")).setKey("first-cast").setFlexGrow(2);
        parts.addColumn(p -> p.coverIds().stream().map(id -> dancerLine(p, id)).collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("production.readiness.covers")).setKey("covers").setFlexGrow(3);
        parts.addSelectionListener(event -> edit(event.getFirstSelectedItem().orElse(null)));

        HorizontalLayout top = new HorizontalLayout(number);
        add(top, new H3(getTranslation("production.readiness.days")), days,
                new H3(getTranslation("production.readiness.parts")), parts);
        if (editable) {
            add(partForm(cast), signOffForm());
        }
        number.setValue(danceService.danceNumbers().stream().findFirst().orElse(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("production.readiness.heading");
    }

    /** "2. CHEYENNE TOUSSAINT ✓ ready (production, 07/09/2026) — 6 h". */
    private String dancerLine(PartLine part, long characterId) {
        StoryCharacter character = characters.get(characterId);
        String label = character == null ? "" : character.castLabel();
        PartLine.SignOff signOff = part.ready().get(characterId);
        String ready = signOff == null ? getTranslation("production.readiness.not-ready")
                : getTranslation("production.readiness.ready-by", signOff.by(),
                LocalFormats.date(signOff.at().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale()));
        long rehearsed = minutes.getOrDefault(List.of(part.id(), characterId), 0L);
        return label + " " + ready + " — " + getTranslation("production.readiness.rehearsed",
                app.coulisse.dance.RehearsalHours.format(BigDecimal.valueOf(rehearsed)
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP), getLocale()));
    }

    private VerticalLayout partForm(List<StoryCharacter> cast) {
        partName.setId("part-name");
        partName.setLabel(getTranslation("production.readiness.part"));
        partName.setMaxLength(MaxLength.of(DancePart.class, "name"));
        dancerCount.setId("part-count");
        dancerCount.setLabel(getTranslation("production.readiness.dancers"));
        dancerCount.setValue(1);
        dancerCount.setMin(1);
        dancerCount.setWidth("7rem");
        dancerField(firstCast, "part-first-cast", "production.readiness.first-cast", cast);
        HorizontalLayout fields = new HorizontalLayout(partName, dancerCount, firstCast);
        for (int i = 0; i < COVER_LABELS.size(); i++) {
            ComboBox<StoryCharacter> cover = new ComboBox<>();
            dancerField(cover, "part-cover-" + (i + 1), COVER_LABELS.get(i), cast);
            covers.add(cover);
            fields.add(cover);
        }
        savePart.setId("save-part");
        savePart.addClickListener(event -> savePart());
        Button newPart = new Button(getTranslation("production.readiness.new-part"), event -> parts.deselectAll());
        newPart.setId("new-part");
        Button deletePart = new Button(getTranslation("production.readiness.delete-part"), event -> {
            if (editing != null) {
                act(() -> partsService.deletePart(editing.id()));
            }
        });
        deletePart.setId("delete-part");
        fields.add(savePart, newPart, deletePart);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        edit(null);
        VerticalLayout form = new VerticalLayout(fields);
        form.setPadding(false);
        return form;
    }

    private void dancerField(ComboBox<StoryCharacter> field, String id, String label, List<StoryCharacter> cast) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setItems(cast);
        field.setItemLabelGenerator(StoryCharacter::castLabel);
        field.setClearButtonVisible(true);
    }

    private HorizontalLayout signOffForm() {
        dancer.setId("sign-off-dancer");
        dancer.setLabel(getTranslation("production.readiness.dancer"));
        dancer.setItemLabelGenerator(StoryCharacter::castLabel);
        Button signOff = new Button(getTranslation("production.readiness.sign-off"), event -> signOff(true));
        signOff.setId("sign-off");
        Button takeBack = new Button(getTranslation("production.readiness.take-back"), event -> signOff(false));
        takeBack.setId("take-back");
        HorizontalLayout row = new HorizontalLayout(dancer, signOff, takeBack);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Loads a part in the form (none: a new part), and offers its cast to sign off. */
    private void edit(PartLine part) {
        editing = part;
        if (!editable) {
            return;
        }
        partName.setValue(part == null ? "" : shown(part));
        dancerCount.setValue(part == null ? 1 : part.dancerCount());
        firstCast.setValue(part == null || part.firstCastId() == null ? null : characters.get(part.firstCastId()));
        for (int i = 0; i < covers.size(); i++) {
            covers.get(i).setValue(part == null || i >= part.coverIds().size() ? null
                    : characters.get(part.coverIds().get(i)));
        }
        savePart.setText(getTranslation(part == null ? "production.readiness.add-part" : "production.readiness.save-part"));
        List<StoryCharacter> cast = part == null ? List.of()
                : part.castList().stream().map(characters::get).filter(Objects::nonNull).toList();
        dancer.setItems(cast);
        clearRefusals();
    }

    private void savePart() {
        DanceNumber shown = number.getValue();
        if (shown == null) {
            return;
        }
        PartLine part = editing;
        // A seeded part's name, shown in the reader's language, is kept as stored (and seeded) unless retyped.
        String name = part != null && partName.getValue().equals(shown(part)) ? part.name() : partName.getValue();
        PartDraft draft = new PartDraft(name, dancerCount.getValue() == null ? 0 : dancerCount.getValue(),
                firstCast.getValue() == null ? null : firstCast.getValue().getId(),
                covers.stream().map(ComboBox::getValue).filter(Objects::nonNull).map(StoryCharacter::getId).toList());
        act(() -> {
            if (part == null) {
                partsService.addPart(shown.getId(), draft);
            } else {
                partsService.updatePart(part.id(), part.version(), draft);
            }
        });
    }

    /** A part's name in the reader's language (a seeded part's), as typed otherwise. */
    private String shown(PartLine part) {
        return part.displayName(getLocale());
    }

    private void signOff(boolean ready) {
        if (editing == null || dancer.getValue() == null) {
            Notifications.error(getTranslation("production.readiness.choose-part-and-dancer"));
            return;
        }
        long partId = editing.id();
        long characterId = dancer.getValue().getId();
        act(() -> {
            if (ready) {
                partsService.signOff(partId, characterId);
            } else {
                partsService.takeBack(partId, characterId);
            }
        });
    }

    /** Runs a change; a refusal is said at the field it concerns (else as a notification) and nothing changes. */
    private void act(Runnable change) {
        clearRefusals();
        try {
            change.run();
        } catch (DomainException refused) {
            String message = getTranslation(refused.getMessageKey(),
                    LocalFormats.arguments(refused.getArguments(), getLocale()));
            String key = refused.getMessageKey();
            boolean shown = FieldRefusal.show(partName, key.startsWith("dance.part.name"), message)
                    | FieldRefusal.show(dancerCount, key.startsWith("dance.part.count"), message)
                    | FieldRefusal.show(covers.getFirst(), COVER_REFUSALS.contains(key), message);
            if (!shown) {
                Notifications.error(message);
            }
            return;
        }
        refresh();
    }

    private void clearRefusals() {
        if (editable) {
            List.<HasValidation>of(partName, dancerCount, covers.getFirst())
                    .forEach(field -> FieldRefusal.show(field, false, null));
        }
    }

    private void refresh() {
        DanceNumber shown = number.getValue();
        if (shown == null) {
            days.setItems(List.of());
            parts.setItems(List.of());
            return;
        }
        days.setItems(readinessService.readiness(seasonNumber).ofNumber(shown.getId()));
        List<PartLine> lines = partsService.parts(shown.getId());
        minutes = rehearsalService.rehearsedMinutes(lines.stream().map(PartLine::id).toList()).stream()
                .collect(Collectors.toMap(m -> List.of(m.partId(), m.characterId()), PartMinutes::minutes));
        parts.setItems(lines);
        edit(null);
    }
}
