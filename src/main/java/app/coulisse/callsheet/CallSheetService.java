package app.coulisse.callsheet;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.Messages;
import app.coulisse.core.NotFoundException;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDay;
import app.coulisse.season.PaperSize;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shoot days' call sheets: drafted from the stripboard and the breakdown, edited by the production office (calls,
 * cast times, notes) and published in numbered versions; a published version is kept as it was sent, and a draft
 * that moved away from it is out of date until a revision is published.
 */
@Service
@Transactional
public class CallSheetService {

    /** Reads a snapshot written before a field was dropped from the content, too. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The longest notes a call sheet takes, as its entity declares them (for the screen's field). */
    public static final int NOTES_MAX = CallSheet.NOTES_MAX;

    private final SeasonService seasonService;
    private final ProductionPlanService planService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final ShootingLocationRepository locations;
    private final CallSheetRepository sheets;
    private final CallSheetIssueRepository issues;
    private final CallSheetSettingsRepository settings;
    private final EntityManager entityManager;
    private final DomainValidation validation;

    CallSheetService(SeasonService seasonService, ProductionPlanService planService, OutlineService outlineService,
                     CastService castService, DanceService danceService, BreakdownService breakdownService,
                     ShootingLocationRepository locations, CallSheetRepository sheets, CallSheetIssueRepository issues,
                     CallSheetSettingsRepository settings, EntityManager entityManager, DomainValidation validation) {
        this.seasonService = seasonService;
        this.planService = planService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.locations = locations;
        this.sheets = sheets;
        this.issues = issues;
        this.settings = settings;
        this.entityManager = entityManager;
        this.validation = validation;
    }

    /** A shoot day's call sheet: the draft, the latest published version and whether it is out of date. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public CallSheetState callSheet(int seasonNumber, long dayId) {
        CallSheetSources sources = sources(seasonNumber, List.of(dayId));
        return state(sources, shootDay(sources.plan(), dayId));
    }

    /** Every shoot day's call sheet of a season, by date then unit, drafted from one read of the season. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public List<CallSheetState> seasonCallSheets(int seasonNumber) {
        ProductionPlan plan = planService.plan(seasonNumber);
        List<ProductionPlan.BoardDay> shootDays = plan.days().stream().filter(d -> d.type() == DayType.SHOOT).toList();
        CallSheetSources sources = sources(plan, shootDays.stream().map(ProductionPlan.BoardDay::id).toList());
        Map<Long, CallSheetIssue> latest = sources.sheets().isEmpty() ? Map.of()
                : issues.latestOfDays(sources.sheets().keySet()).stream()
                .collect(Collectors.toMap(issue -> issue.getCallSheet().getDay().getId(), Function.identity()));
        CallSheetDrafter drafter = new CallSheetDrafter(sources);
        return shootDays.stream().map(day -> state(drafter.draft(day), day.id(), latest.get(day.id()))).toList();
    }

    /** Sets the day's general crew call and shooting call; refused when a call would come after the shooting call. */
    @PreAuthorize(Roles.CAN_PLAN)
    public CallSheetState setCalls(int seasonNumber, long dayId, LocalTime crewCall, LocalTime shootingCall) {
        if (shootingCall == null) {
            throw new DomainException("callsheet.shooting-call.required");
        }
        return edit(seasonNumber, dayId, sheet -> sheet.setCalls(crewCall, shootingCall));
    }

    /** Sets a performer's pick-up, hair and make-up, wardrobe and on-set times (null: proposed from the offsets). */
    @PreAuthorize(Roles.CAN_PLAN)
    public CallSheetState setCastTimes(int seasonNumber, long dayId, CastTimes times) {
        return edit(seasonNumber, dayId, sheet -> sheet.setTimes(times));
    }

    /** Sets the day's free notes. */
    @PreAuthorize(Roles.CAN_PLAN)
    public CallSheetState setNotes(int seasonNumber, long dayId, String notes) {
        validation.checkValue(CallSheet.class, "notes", notes == null ? null : notes.strip());
        return edit(seasonNumber, dayId, sheet -> sheet.setNotes(notes));
    }

    /**
     * Publishes the draft as the next version, with what changed since the last; refused when something stops it (no
     * scenes, a location without an address, a call after the shooting call) or when nothing changed.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public PublishedCallSheet publish(int seasonNumber, long dayId) {
        CallSheetSources sources = sources(seasonNumber, List.of(dayId));
        CallSheetState state = state(sources, shootDay(sources.plan(), dayId));
        if (!state.problems().isEmpty()) {
            throw state.problems().getFirst().refusal();
        }
        if (state.published() != null && !state.outOfDate()) {
            throw new DomainException("callsheet.publish.unchanged", state.published().version());
        }
        CallSheet sheet = sheets.save(sheetOf(dayId));
        int number = state.published() == null ? 1 : state.published().version() + 1;
        PublishedCallSheet published = new PublishedCallSheet(number, Instant.now(), userName(), state.pending(),
                state.draft());
        issues.saveAndFlush(new CallSheetIssue(sheet, number, JSON.writeValueAsString(published)));
        return published;
    }

    /**
     * Writes the call sheet as a PDF in the given languages (none: the series' workbook language) on the series'
     * paper: the latest published version, or the draft when asked for or before the first publish.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public void writePdf(int seasonNumber, long dayId, boolean draft, List<Locale> languages, OutputStream out)
            throws IOException {
        CallSheetState state = callSheet(seasonNumber, dayId);
        CallSheetPdf pdf = new CallSheetPdf(Messages.bundled(), languages == null || languages.isEmpty()
                ? List.of(Locale.forLanguageTag(seasonService.series().getWorkbookLanguage())) : languages);
        PaperSize paper = seasonService.series().getPaperSize();
        if (draft || state.published() == null) {
            pdf.write(state.draft(), 0, List.of(), paper, out);
        } else {
            pdf.write(state.published().content(), state.published().version(), state.published().changes(), paper,
                    out);
        }
    }

    /** The PDF's file name, e.g. Étoile-season-1-call-sheet-2026-09-07-Paris unit.pdf. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public String fileName(int seasonNumber, long dayId) {
        ProductionPlan.BoardDay day = shootDay(planService.plan(seasonNumber), dayId);
        return (seasonService.series().getTitle() + "-season-" + seasonNumber + "-call-sheet-" + day.date() + "-"
                + day.unitName()).replaceAll("[\\\\/:*?\"<>|]", "") + ".pdf";
    }

    /** The series' offsets from the shooting call at which calls are proposed. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public CallOffsets offsets() {
        return settings.findBySeries(seasonService.series()).map(CallSheetSettings::offsets)
                .orElseGet(() -> new CallSheetSettings(seasonService.series()).offsets());
    }

    /** Changes the series' offsets; each between 0 and 8 hours. */
    @PreAuthorize(Roles.CAN_PLAN)
    public CallOffsets updateOffsets(CallOffsets offsets) {
        for (int minutes : new int[] {offsets.crewCall(), offsets.pickUp(), offsets.makeUp(), offsets.wardrobe(),
                offsets.onSet()}) {
            if (minutes < 0 || minutes > CallOffsets.MAX_MINUTES) {
                throw new DomainException("callsheet.offset.out-of-range", CallOffsets.MAX_MINUTES / 60);
            }
        }
        CallSheetSettings current = settings.findBySeries(seasonService.series())
                .orElseGet(() -> new CallSheetSettings(seasonService.series()));
        current.setOffsets(offsets);
        return settings.saveAndFlush(current).offsets();
    }

    /** Tries an edit on a copy first and refuses it, leaving the sheet as it was, when it puts a call after the shooting call. */
    private CallSheetState edit(int seasonNumber, long dayId, Consumer<CallSheet> change) {
        ProductionPlan plan = planService.plan(seasonNumber);
        ProductionPlan.BoardDay day = shootDay(plan, dayId);
        CallSheet sheet = sheetOf(dayId);
        CallSheet tried = sheet.copy();
        change.accept(tried);
        CallSheetSources sources = sources(plan, List.of(dayId));
        sources.sheets().put(dayId, tried);
        List<CallSheetProblem> wrong = CallSheetRules.timeProblems(new CallSheetDrafter(sources).draft(day));
        if (!wrong.isEmpty()) {
            throw wrong.getFirst().refusal();
        }
        change.accept(sheet);
        sheets.saveAndFlush(sheet);
        sources.sheets().put(dayId, sheet);
        return state(sources, day);
    }

    /** The day's sheet, or a new one, not yet saved, for a day nobody has edited. */
    private CallSheet sheetOf(long dayId) {
        return sheets.ofDay(dayId).orElseGet(() -> new CallSheet(entityManager.getReference(ShootDay.class, dayId)));
    }

    private CallSheetState state(CallSheetSources sources, ProductionPlan.BoardDay day) {
        CallSheetContent draft = new CallSheetDrafter(sources).draft(day);
        CallSheet sheet = sources.sheets().get(day.id());
        CallSheetIssue latest = sheet == null || sheet.isNew() ? null
                : issues.findFirstByCallSheetOrderByNumberDesc(sheet).orElse(null);
        return state(draft, day.id(), latest);
    }

    private static CallSheetState state(CallSheetContent draft, long dayId, CallSheetIssue latest) {
        PublishedCallSheet published = latest == null ? null : read(latest.getContent());
        List<Change> pending = published == null ? List.of() : CallSheetChanges.between(published.content(), draft);
        return new CallSheetState(dayId, draft, published, published != null && !published.content().equals(draft),
                pending, CallSheetRules.check(draft));
    }

    static PublishedCallSheet read(String json) {
        return JSON.readValue(json, PublishedCallSheet.class);
    }

    private CallSheetSources sources(int seasonNumber, Collection<Long> dayIds) {
        return sources(planService.plan(seasonNumber), dayIds);
    }

    /** Reads what the days' call sheets are drafted from, in a fixed number of statements. */
    private CallSheetSources sources(ProductionPlan plan, Collection<Long> dayIds) {
        Map<Long, Scene> scenes = outlineService.seasonScenes().stream()
                .collect(Collectors.toMap(Scene::getId, Function.identity()));
        Map<Integer, StoryCharacter> characters = new HashMap<>();
        castService.characters().forEach(c -> characters.put(c.getCastId(), c));
        Map<Long, DanceNumberDetails> dances = danceService.seasonNumbers().stream()
                .collect(Collectors.toMap(DanceNumberDetails::id, Function.identity()));
        Map<Long, List<ElementLink>> elements = breakdownService.seasonElements().stream()
                .collect(Collectors.groupingBy(ElementLink::sceneId));
        Map<Long, ElementCategory> categories = breakdownService.categories().stream()
                .collect(Collectors.toMap(ElementCategory::getId, Function.identity()));
        Map<String, ShootingLocation> byName = new HashMap<>();
        locations.findBySeasonOrderByName(seasonService.season(plan.seasonNumber()))
                .forEach(l -> byName.put(l.getName().toLowerCase(Locale.ROOT), l));
        Map<Long, CallSheet> edits = new LinkedHashMap<>();
        (dayIds.isEmpty() ? List.<CallSheet>of() : sheets.ofDays(new ArrayList<>(dayIds))).forEach(sheet -> edits.put(sheet.getDay().getId(), sheet));
        return new CallSheetSources(seasonService.series().getTitle(), plan, scenes, characters, dances, elements,
                categories, byName, offsets(), edits);
    }

    private static ProductionPlan.BoardDay shootDay(ProductionPlan plan, long dayId) {
        ProductionPlan.BoardDay day = plan.days().stream().filter(d -> d.id() == dayId).findFirst()
                .orElseThrow(() -> new NotFoundException("callsheet.day.not-found", dayId));
        if (day.type() != DayType.SHOOT) {
            throw new DomainException("callsheet.day.not-a-shoot-day", day.date());
        }
        return day;
    }

    private static String userName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
