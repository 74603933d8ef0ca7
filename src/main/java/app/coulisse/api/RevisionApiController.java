package app.coulisse.api;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.AppearanceMark;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionColour;
import app.coulisse.revision.RevisionInfo;
import app.coulisse.revision.RevisionService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An episode's scenes with their tags and revision, and its revisions, over HTTP (issue 16). */
@RestController
@RequestMapping("/api/episodes")
class RevisionApiController {

    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final RevisionService revisionService;

    RevisionApiController(OutlineService outlineService, CastService castService, DanceService danceService,
                          BreakdownService breakdownService, RevisionService revisionService) {
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.revisionService = revisionService;
    }

    record CastJson(int castId, String name, String mark) {
    }

    record ElementJson(String category, String name, int quantity) {
    }

    record SceneJson(long id, String number, String act, String intExt, String set, String timeOfDay, Integer storyDay,
                     int eighths, boolean omitted, String revision, String revisionColour, List<CastJson> cast,
                     List<String> danceNumbers, List<ElementJson> elements) {
    }

    record RevisionJson(int sequence, String colour, String hex, LocalDate date, String label, boolean current) {
    }

    /** Every scene of the episode in order, with number, heading parts, eighths, omitted, revision and tags. */
    @GetMapping("/{id}/scenes")
    List<SceneJson> scenes(@PathVariable long id) {
        List<Scene> scenes = outlineService.scenes(id);
        Map<Long, RevisionColour> marks = revisionService.marks(id);
        Map<Long, List<CastJson>> cast = castService.episodeCast(id).stream().collect(Collectors.groupingBy(
                SceneAppearance::sceneId, Collectors.mapping(appearance -> new CastJson(appearance.castId(),
                        appearance.name(), AppearanceMark.of(appearance.speaking(), appearance.dancing())),
                        Collectors.toList())));
        Map<Long, List<String>> dances = danceService.episodeLinks(id).stream().collect(Collectors.groupingBy(
                DanceLink::sceneId, Collectors.mapping(DanceLink::title, Collectors.toList())));
        Map<Long, List<ElementJson>> elements = breakdownService.episodeElements(id).stream().collect(
                Collectors.groupingBy(ElementLink::sceneId, Collectors.mapping(link -> new ElementJson(
                        link.categoryName(), link.elementName(), link.quantity()), Collectors.toList())));
        return scenes.stream().map(scene -> {
            RevisionColour mark = marks.get(scene.getId());
            return new SceneJson(scene.getId(), scene.getNumber(), scene.getAct() == null ? null : scene.getAct().getName(),
                    scene.getIntExt().heading(), scene.getSet() == null ? null : scene.getSet().getName(),
                    scene.getTimeOfDay().name(), scene.getStoryDay(), scene.getEighths(), scene.isOmitted(),
                    mark == null ? null : mark.name(), mark == null ? null : mark.hex(),
                    cast.getOrDefault(scene.getId(), List.of()), dances.getOrDefault(scene.getId(), List.of()),
                    elements.getOrDefault(scene.getId(), List.of()));
        }).toList();
    }

    /** The episode's revisions, oldest first, the current one flagged; the original draft when none was started. */
    @GetMapping("/{id}/revisions")
    List<RevisionJson> revisions(@PathVariable long id) {
        RevisionInfo current = revisionService.current(id);
        List<RevisionInfo> all = revisionService.revisions(id);
        return (all.isEmpty() ? List.of(current) : all).stream()
                .map(revision -> new RevisionJson(revision.sequence(), revision.colour().name(), revision.colour().hex(),
                        revision.revisedOn(), revision.label(), revision.sequence() == current.sequence()))
                .toList();
    }
}
