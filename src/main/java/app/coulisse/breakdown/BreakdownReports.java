package app.coulisse.breakdown;

import app.coulisse.cast.AppearanceMark;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.DancerInNumber;
import app.coulisse.outline.OutlineService;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breakdown reports: each fetches projections with a fixed number of statements, whatever
 * the size of the episode or season, and lays them out with {@link BreakdownMatrix} or {@link ElementList}.
 */
@Service
@Transactional(readOnly = true)
public class BreakdownReports {

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;

    BreakdownReports(SeasonService seasonService, OutlineService outlineService, CastService castService,
                     DanceService danceService, BreakdownService breakdownService) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
    }

    /** Characters down, the episode's (non-omitted) scenes across, marks S / N / SD / ND in the cells. */
    @PreAuthorize(Roles.ANY_USER)
    public BreakdownMatrix castByScene(long episodeId) {
        List<BreakdownMatrix.Column> scenes = outlineService.scenes(episodeId).stream()
                .filter(scene -> !scene.isOmitted())
                .map(scene -> new BreakdownMatrix.Column(scene.getId(), scene.getNumber())).toList();
        List<SceneAppearance> appearances = castService.episodeCast(episodeId);
        Map<Long, BreakdownMatrix.Character> characters = new LinkedHashMap<>();
        List<BreakdownMatrix.Cell> cells = new ArrayList<>();
        for (SceneAppearance appearance : appearances) {
            characters.putIfAbsent(appearance.characterId(),
                    new BreakdownMatrix.Character(appearance.characterId(), appearance.castId(), appearance.name()));
            cells.add(new BreakdownMatrix.Cell(appearance.characterId(), appearance.sceneId(),
                    AppearanceMark.of(appearance.speaking(), appearance.dancing())));
        }
        return BreakdownMatrix.of(scenes, List.copyOf(characters.values()), cells, BreakdownMatrix::countMarks);
    }

    /** Every character down, the season's episodes across, the number of scenes in the cells. */
    @PreAuthorize(Roles.ANY_USER)
    public BreakdownMatrix castByEpisode() {
        List<BreakdownMatrix.Column> episodes = seasonService.episodeSummaries().stream()
                .map(episode -> new BreakdownMatrix.Column(episode.id(), episode.number())).toList();
        List<BreakdownMatrix.Character> characters = castService.characters().stream()
                .map(c -> new BreakdownMatrix.Character(c.getId(), c.getCastId(), c.getName())).toList();
        List<BreakdownMatrix.Cell> cells = castService.sceneCountsByEpisode().stream()
                .map(count -> new BreakdownMatrix.Cell(count.characterId(), count.episodeId(), String.valueOf(count.scenes())))
                .toList();
        return BreakdownMatrix.of(episodes, characters, cells, BreakdownMatrix::sumCounts);
    }

    /** Dancers down, the episode's dance numbers across: P for a principal dancer, D for dancing in its scenes. */
    @PreAuthorize(Roles.ANY_USER)
    public BreakdownMatrix castBySong(long episodeId) {
        List<BreakdownMatrix.Column> numbers = danceService.episodeNumbers(episodeId).stream()
                .map(number -> new BreakdownMatrix.Column(number.id(), number.title())).toList();
        Map<Long, BreakdownMatrix.Character> dancers = new LinkedHashMap<>();
        Map<List<Long>, String> marks = new LinkedHashMap<>();
        for (DancerInNumber dancer : danceService.castBySong(episodeId)) {
            dancers.putIfAbsent(dancer.characterId(),
                    new BreakdownMatrix.Character(dancer.characterId(), dancer.castId(), dancer.name()));
            // A principal who is also tagged dancing stays "P".
            marks.merge(List.of(dancer.characterId(), dancer.danceNumberId()), dancer.principal() ? "P" : "D",
                    (old, added) -> old.equals("P") || added.equals("P") ? "P" : "D");
        }
        List<BreakdownMatrix.Cell> cells = marks.entrySet().stream()
                .map(e -> new BreakdownMatrix.Cell(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
        return BreakdownMatrix.of(numbers, List.copyOf(dancers.values()), cells, BreakdownMatrix::countMarks);
    }

    /** The episode's elements by category, each with its scenes and total quantity. */
    @PreAuthorize(Roles.ANY_USER)
    public List<ElementList.Line> elementsByCategory(long episodeId) {
        return ElementList.of(breakdownService.episodeElements(episodeId));
    }

    /** The dance numbers of an episode with all their fields (for the report's detail grid). */
    @PreAuthorize(Roles.ANY_USER)
    public List<DanceNumberDetails> danceNumbers(long episodeId) {
        return danceService.episodeNumbers(episodeId);
    }
}
