package app.coulisse.sides;

import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.core.NotFoundException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import app.coulisse.sides.SidesPagination.Kind;
import app.coulisse.sides.SidesPagination.Paragraph;
import app.coulisse.sides.SidesPagination.SceneText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A shoot day's sides as one PDF, in shooting order: every scene, or only those of one performer. */
@Service
public class SidesService {

    private final ProductionPlanService planService;
    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final ScriptTextService scriptText;
    private final CastService castService;
    private final ProductionExportService export;

    SidesService(ProductionPlanService planService, ProductionExportService export, SeasonService seasonService, OutlineService outlineService,
                 ScriptTextService scriptText, CastService castService) {
        this.planService = planService;
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.scriptText = scriptText;
        this.castService = castService;
        this.export = export;
    }

    /** A performer called on the day: cast ID and "1. MAYA (Lena Marchetti)". */
    public record Performer(int castId, String label) {
    }

    /** The performers of the day's scenes, by cast ID; 404 for no such day. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public List<Performer> performers(int seasonNumber, long dayId) {
        ProductionPlan.BoardDay day = day(planService.plan(seasonNumber), dayId);
        Map<Integer, StoryCharacter> characters = characters();
        return day.strips().stream().flatMap(strip -> strip.castIds().stream()).distinct().sorted()
                .map(castId -> new Performer(castId, label(castId, characters.get(castId)))).toList();
    }

    /**
     * Writes the day's sides, only the scenes of {@code castId} when given, with the reader's name on every page (the
     * performer's, else the user's); refused for a day without scenes or a performer not in them.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public void print(int seasonNumber, long dayId, Integer castId, Locale locale, OutputStream out) throws IOException {
        ProductionPlan plan = planService.plan(seasonNumber);
        ProductionPlan.BoardDay day = day(plan, dayId);
        if (day.strips().isEmpty()) {
            throw new DomainException("sides.day.no-scenes");
        }
        List<ProductionPlan.Strip> strips = day.strips();
        String reader = SecurityContextHolder.getContext().getAuthentication().getName();
        if (castId != null) {
            StoryCharacter character = Optional.ofNullable(characters().get(castId))
                    .orElseThrow(() -> new NotFoundException("schedule.calendar.no-cast-id", castId));
            strips = strips.stream().filter(strip -> strip.castIds().contains(castId)).toList();
            if (strips.isEmpty()) {
                throw new DomainException("sides.performer.not-in-day", character.castLabel());
            }
            reader = character.getPerformer() == null || character.getPerformer().isBlank() ? character.getName()
                    : character.getPerformer();
        }
        boolean severalEpisodes = day.strips().stream().map(ProductionPlan.Strip::episodeNumber).distinct().count() > 1;
        List<SceneText> scenes = scenes(seasonNumber, strips, severalEpisodes, locale);
        int dayCount = (int) plan.days().stream()
                .filter(d -> d.unitId() == day.unitId() && d.type() == DayType.SHOOT).count();
        SidesPdf.Heading heading = new SidesPdf.Heading(seasonService.series().getTitle(), day.number(), dayCount,
                day.unitName(), day.date(), scenes.stream().map(SceneText::number).toList(), reader);
        new SidesPdf(Messages.bundled(), locale).write(heading, SidesPagination.paginate(scenes),
                seasonService.series().getPaperSize(), out);
    }

    /** The file name, e.g. Étoile-season-1-2026-09-10-unit-4-sides.pdf, ending -cast-1.pdf for a performer's. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public String fileName(int seasonNumber, long dayId, Integer castId) {
        ProductionPlan.BoardDay day = day(planService.plan(seasonNumber), dayId);
        return export.fileName(seasonNumber).replace("-production.xlsx", "-" + day.date() + "-unit-" + day.unitId()
                + "-sides" + (castId == null ? "" : "-cast-" + castId) + ".pdf");
    }

    /** Each scene's stored text, read an episode at a time; a scene without text gives its heading and synopsis. */
    private List<SceneText> scenes(int seasonNumber, List<ProductionPlan.Strip> strips, boolean qualified,
                                   Locale locale) {
        Map<String, Long> episodeIds = seasonService.episodes(seasonNumber).stream()
                .collect(Collectors.toMap(Episode::getNumber, Episode::getId));
        Map<Long, List<StoredElement>> texts = new HashMap<>();
        strips.stream().map(ProductionPlan.Strip::episodeNumber).distinct()
                .forEach(number -> texts.putAll(scriptText.episodeText(episodeIds.get(number))));
        List<SceneText> scenes = new ArrayList<>();
        for (ProductionPlan.Strip strip : strips) {
            String number = qualified ? strip.label() : strip.sceneNumber();
            List<StoredElement> text = texts.getOrDefault(strip.sceneId(), List.of());
            if (text.isEmpty()) {
                Scene scene = outlineService.scene(strip.sceneId());
                List<Paragraph> synopsis = scene.getSynopsis() == null || scene.getSynopsis().isBlank() ? List.of()
                        : List.of(new Paragraph(Kind.ACTION, scene.getSynopsis()));
                scenes.add(new SceneText(number, scene.heading(Messages.bundled(), locale), synopsis));
            } else {
                scenes.add(new SceneText(number, text.getFirst().text(), text.stream().skip(1)
                        .map(element -> new Paragraph(kind(element), element.text(), element.dualDialogue())).toList()));
            }
        }
        return scenes;
    }

    /** The printed kind of a stored element: lyrics are sung like dialogue, the rest prints as action. */
    private static Kind kind(StoredElement element) {
        return switch (element.type()) {
            case CHARACTER -> Kind.CUE;
            case DIALOGUE, LYRICS -> Kind.DIALOGUE;
            case PARENTHETICAL -> Kind.PARENTHETICAL;
            case TRANSITION -> Kind.TRANSITION;
            case CENTERED -> Kind.CENTERED;
            default -> Kind.ACTION;
        };
    }

    private static ProductionPlan.BoardDay day(ProductionPlan plan, long dayId) {
        return plan.days().stream().filter(d -> d.id() == dayId).findFirst()
                .orElseThrow(() -> new NotFoundException("sides.day.not-found", dayId));
    }

    private Map<Integer, StoryCharacter> characters() {
        return castService.characters().stream().collect(Collectors.toMap(StoryCharacter::getCastId, c -> c));
    }

    private static String label(int castId, StoryCharacter character) {
        if (character == null) {
            return String.valueOf(castId);
        }
        String performer = character.getPerformer();
        return character.castLabel() + (performer == null || performer.isBlank() ? "" : " (" + performer + ")");
    }
}
