package app.coulisse.breakdown;

import app.coulisse.cast.AppearanceMark;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Characters down, the episode's played (non-omitted) scenes across, marks S / N / SD / ND in the cells. */
    @PreAuthorize(Roles.ANY_USER)
    public BreakdownMatrix castByScene(long episodeId) {
        List<Scene> played = outlineService.scenes(episodeId).stream().filter(scene -> !scene.isOmitted()).toList();
        Set<Long> playedIds = played.stream().map(Scene::getId).collect(Collectors.toSet());
        List<BreakdownMatrix.Column> scenes = played.stream()
                .map(scene -> new BreakdownMatrix.Column(scene.getId(), scene.getNumber())).toList();
        Map<Long, BreakdownMatrix.Character> characters = new LinkedHashMap<>();
        List<BreakdownMatrix.Cell> cells = new ArrayList<>();
        for (SceneAppearance appearance : castService.episodeCast(episodeId)) {
            if (!playedIds.contains(appearance.sceneId())) {
                continue;
            }
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

    /**
     * Dancers down, the dance numbers performed in the episode's played scenes across: P for a
     * principal dancer, D for dancing in one of its played scenes (a principal who also dances stays P).
     */
    @PreAuthorize(Roles.ANY_USER)
    public BreakdownMatrix castBySong(long episodeId) {
        Set<Long> played = outlineService.playedSceneIds(episodeId);
        Map<Long, Set<Long>> scenesByNumber = new LinkedHashMap<>();
        for (DanceLink link : danceService.episodeLinks(episodeId)) {
            if (played.contains(link.sceneId())) {
                scenesByNumber.computeIfAbsent(link.danceNumberId(), id -> new HashSet<>()).add(link.sceneId());
            }
        }
        List<DanceNumberDetails> numbers = danceService.episodeNumbers(episodeId).stream()
                .filter(number -> scenesByNumber.containsKey(number.id())).toList();
        List<BreakdownMatrix.Column> columns = numbers.stream()
                .map(number -> new BreakdownMatrix.Column(number.id(), number.title())).toList();
        Map<Long, BreakdownMatrix.Character> dancers = new LinkedHashMap<>();
        List<BreakdownMatrix.Cell> cells = new ArrayList<>();
        Map<Long, List<SceneAppearance>> dancingByScene = castService.episodeCast(episodeId).stream()
                .filter(SceneAppearance::dancing)
                .collect(Collectors.groupingBy(SceneAppearance::sceneId, LinkedHashMap::new, Collectors.toList()));
        for (DanceNumberDetails number : numbers) {
            Set<Long> marked = new HashSet<>();
            for (DanceNumberDetails.Dancer principal : number.principalDancers()) {
                dancers.putIfAbsent(principal.characterId(),
                        new BreakdownMatrix.Character(principal.characterId(), principal.castId(), principal.name()));
                marked.add(principal.characterId());
                cells.add(new BreakdownMatrix.Cell(principal.characterId(), number.id(), "P"));
            }
            for (long sceneId : scenesByNumber.get(number.id())) {
                for (SceneAppearance dancer : dancingByScene.getOrDefault(sceneId, List.of())) {
                    if (marked.add(dancer.characterId())) {
                        dancers.putIfAbsent(dancer.characterId(),
                                new BreakdownMatrix.Character(dancer.characterId(), dancer.castId(), dancer.name()));
                        cells.add(new BreakdownMatrix.Cell(dancer.characterId(), number.id(), "D"));
                    }
                }
            }
        }
        return BreakdownMatrix.of(columns, List.copyOf(dancers.values()), cells, BreakdownMatrix::countMarks);
    }

    /** The elements of the episode's played scenes by category, each with its scenes and the quantity to provide. */
    @PreAuthorize(Roles.ANY_USER)
    public List<ElementList.Line> elementsByCategory(long episodeId) {
        Set<Long> played = outlineService.playedSceneIds(episodeId);
        return ElementList.of(breakdownService.episodeElements(episodeId).stream()
                .filter(link -> played.contains(link.sceneId())).toList());
    }
}
