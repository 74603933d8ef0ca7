package app.coulisse.outline;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.security.Roles;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An episode's acts and scenes, the series' sets and storylines. The episode's order is act by act,
 * then by position inside an act (scenes in no act last); every change of order keeps positions
 * 1…n in that order and, while numbers are unlocked, the numbers too.
 */
@Service
@Transactional
public class OutlineService {

    /** The sections a new episode starts with; writers rename and add as they go. */
    public static final List<String> DEFAULT_ACTS = List.of("Teaser", "Act One", "Act Two", "Act Three", "Act Four", "Act Five", "Tag");

    private static final String COLOUR = "#[0-9A-Fa-f]{6}";

    private final SeasonService seasonService;
    private final ActRepository acts;
    private final SceneRepository scenes;
    private final StorySetRepository sets;
    private final StorylineRepository storylines;

    OutlineService(SeasonService seasonService, ActRepository acts, SceneRepository scenes, StorySetRepository sets,
                   StorylineRepository storylines) {
        this.seasonService = seasonService;
        this.acts = acts;
        this.scenes = scenes;
        this.sets = sets;
        this.storylines = storylines;
    }

    // ---- reading

    /** The board of an episode: acts, scenes with act, set and storylines, the series' storylines. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public EpisodeBoard board(long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        return new EpisodeBoard(episode, seasonService.series(), acts.findByEpisodeOrderByPosition(episode),
                loadScenes(episode), storylines());
    }

    /** The episode's acts in order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Act> acts(long episodeId) {
        return acts.findByEpisodeOrderByPosition(seasonService.episode(episodeId));
    }

    /** The episode's scenes in order, with act, set and storylines loaded. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Scene> scenes(long episodeId) {
        return loadScenes(seasonService.episode(episodeId));
    }

    /** The ids of the episode's played (non-omitted) scenes, in one statement: what the reports count. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Set<Long> playedSceneIds(long episodeId) {
        return Set.copyOf(scenes.playedSceneIds(episodeId));
    }

    /** Every scene of the season in running order, with episode, act, set and storylines, in two statements. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Scene> seasonScenes() {
        Series series = seasonService.series();
        List<Scene> ordered = scenes.findBySeriesInOrder(series);
        scenes.fetchStorylinesOfSeries(series);
        return ordered;
    }

    /** One scene by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Scene scene(long sceneId) {
        return scenes.findById(sceneId).orElseThrow(() -> new NotFoundException("scene.not-found", sceneId));
    }

    /** The series' set catalog by name. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<StorySet> sets() {
        return sets.findBySeriesOrderByName(seasonService.series());
    }

    /** The series' storylines by label. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Storyline> storylines() {
        return storylines.findBySeriesOrderByLabel(seasonService.series());
    }

    // ---- acts

    /** Gives an episode the default acts, if it has none yet. */
    @PreAuthorize(Roles.CAN_EDIT)
    public List<Act> createDefaultActs(long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        List<Act> existing = acts.findByEpisodeOrderByPosition(episode);
        if (!existing.isEmpty()) {
            return existing;
        }
        for (int i = 0; i < DEFAULT_ACTS.size(); i++) {
            acts.save(new Act(episode, DEFAULT_ACTS.get(i), i + 1));
        }
        return acts.findByEpisodeOrderByPosition(episode);
    }

    /** Adds an act after the episode's last one. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Act addAct(long episodeId, String name) {
        Episode episode = seasonService.episode(episodeId);
        return acts.save(new Act(episode, actName(name), acts.findByEpisodeOrderByPosition(episode).size() + 1));
    }

    /** Renames an act. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Act renameAct(long actId, String name) {
        Act act = act(actId);
        act.setName(actName(name));
        return act;
    }

    /** Moves an act one place left (-1) or right (+1); its scenes move with it. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveAct(long actId, int direction) {
        Act act = act(actId);
        List<Act> ordered = new ArrayList<>(acts.findByEpisodeOrderByPosition(act.getEpisode()));
        int from = ordered.indexOf(act);
        int to = Math.max(0, Math.min(ordered.size() - 1, from + Integer.signum(direction)));
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
        List<List<Scene>> columns = columns(ordered, scenes.findByEpisodeInOrder(act.getEpisode()));
        applyOrder(act.getEpisode(), flatten(columns), null);
    }

    /** Removes an act that holds no scene. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void removeAct(long actId) {
        Act act = act(actId);
        if (scenes.countByAct(act) > 0) {
            throw new DomainException("act.not-empty", act.getName());
        }
        Episode episode = act.getEpisode();
        acts.delete(act);
        List<Act> remaining = acts.findByEpisodeOrderByPosition(episode);
        for (int i = 0; i < remaining.size(); i++) {
            remaining.get(i).setPosition(i + 1);
        }
    }

    // ---- sets and storylines

    /** The set with that name (case ignored), created in the catalog if it is new. */
    @PreAuthorize(Roles.CAN_EDIT)
    public StorySet findOrCreateSet(String name) {
        Series series = seasonService.series();
        String clean = name == null ? "" : name.trim().toUpperCase();
        if (clean.isEmpty()) {
            throw new DomainException("set.name.required");
        }
        if (clean.length() > 150) {
            throw new DomainException("set.name.too-long");
        }
        return sets.findBySeriesAndNameIgnoreCase(series, clean).orElseGet(() -> sets.save(new StorySet(series, clean)));
    }

    /** Adds a storyline (A, B, C…) to the series; labels are unique. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Storyline addStoryline(String label, String name, String colour) {
        Series series = seasonService.series();
        String cleanLabel = label == null ? "" : label.trim().toUpperCase();
        if (cleanLabel.isEmpty()) {
            throw new DomainException("storyline.label.required");
        }
        if (cleanLabel.length() > 5) {
            throw new DomainException("storyline.label.too-long");
        }
        if (storylines.findBySeriesAndLabelIgnoreCase(series, cleanLabel).isPresent()) {
            throw new DomainException("storyline.label.taken", cleanLabel);
        }
        return storylines.save(new Storyline(series, cleanLabel, storylineName(name), colour(colour)));
    }

    /** Renames or recolours a storyline; its label stays. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Storyline updateStoryline(long storylineId, String name, String colour) {
        Storyline storyline = storylines.findById(storylineId)
                .orElseThrow(() -> new NotFoundException("storyline.not-found", storylineId));
        storyline.setName(storylineName(name));
        storyline.setColour(colour(colour));
        return storyline;
    }

    // ---- scenes

    /** Appends a scene at the end of the named act (no act if none has that name), numbered by the rules. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene appendScene(long episodeId, SceneDraft draft) {
        Episode episode = seasonService.episode(episodeId);
        Act act = acts.findByEpisodeOrderByPosition(episode).stream()
                .filter(candidate -> candidate.getName().equalsIgnoreCase(draft.actName()))
                .findFirst().orElse(null);
        return insert(episode, act, Integer.MAX_VALUE, content(episode, draft));
    }

    /** Where scenes appended from a file would land and the numbers they would get; changes nothing. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public AppendPlan planAppend(long episodeId, List<AppendPlan.Incoming> incoming) {
        Episode episode = seasonService.episode(episodeId);
        return plan(episode, acts.findByEpisodeOrderByPosition(episode), incoming);
    }

    /**
     * Appends scenes (an imported file's, in file order) exactly as {@link #planAppend} says: each at the end of the
     * act its draft names, new acts where the plan puts them; numbered by order while unlocked, locked with the
     * file's numbers where valid and free. {@code fileNumbers} holds one number (or null) per draft.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public List<Scene> appendScenes(long episodeId, List<SceneDraft> drafts, List<String> fileNumbers) {
        Episode episode = seasonService.episode(episodeId);
        List<Act> existingActs = acts.findByEpisodeOrderByPosition(episode);
        List<AppendPlan.Incoming> incoming = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            incoming.add(new AppendPlan.Incoming(drafts.get(i).actName(), fileNumbers.get(i)));
        }
        AppendPlan plan = plan(episode, existingActs, incoming);
        List<Act> ordered = new ArrayList<>();
        for (AppendPlan.PlannedAct planned : plan.acts()) {
            ordered.add(planned.isNew() ? acts.save(new Act(episode, actName(planned.name()), 0))
                    : existingActs.get(planned.existing()));
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
        List<Scene> added = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            int act = plan.actOf().get(i);
            Scene scene = insert(episode, act < 0 ? null : ordered.get(act), Integer.MAX_VALUE, content(episode, drafts.get(i)));
            if (episode.isNumbersLocked()) {
                scene.setNumber(plan.numbers().get(i));
            }
            added.add(scene);
        }
        return added;
    }

    /** The episode's scene numbers in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<String> sceneNumbers(long episodeId) {
        return scenes.numbers(seasonService.episode(episodeId));
    }

    /** Deletes all the episode's scenes with their tags and says how many there were; refused once numbers are locked. */
    @PreAuthorize(Roles.CAN_EDIT)
    public int deleteScenes(long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        if (episode.isNumbersLocked()) {
            throw new DomainException("scene.delete-all.locked", episode.getNumber());
        }
        return scenes.deleteByEpisode(episode);
    }

    /** A scene's content from a draft, before it has a place and a number. */
    private Scene content(Episode episode, SceneDraft draft) {
        Scene content = new Scene(episode);
        content.setIntExt(draft.intExt());
        content.setSet(draft.setName() == null ? null : findOrCreateSet(draft.setName()));
        content.setTimeOfDay(draft.timeOfDay());
        content.setStoryDay(draft.storyDay());
        content.setEighths(draft.eighths());
        content.setSynopsis(draft.synopsis());
        content.setStoryCity(draft.storyCity());
        content.setShootingLocation(draft.shootingLocation());
        Series series = seasonService.series();
        for (String label : draft.storylineLabels()) {
            storylines.findBySeriesAndLabelIgnoreCase(series, label).ifPresent(content.getStorylines()::add);
        }
        return content;
    }

    /**
     * Inserts a scene into an act at an index (0 = top of the act; past the end = its end) with the
     * content of the given unsaved scene; unlocked, later scenes are renumbered, locked, the new
     * scene gets an inserted number (12A).
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene insertScene(long episodeId, long actId, int index, Scene content) {
        Episode episode = seasonService.episode(episodeId);
        Act act = act(actId);
        if (!act.getEpisode().equals(episode)) {
            throw new NotFoundException("act.not-found", actId);
        }
        return insert(episode, act, index, content);
    }

    /**
     * Saves the editor's version of a scene. {@code edited} carries the version the editor loaded:
     * if someone saved the scene since, nothing is written and "scene.conflict" is thrown.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene saveScene(long sceneId, Scene edited) {
        Scene scene = scene(sceneId);
        if (scene.getVersion() != edited.getVersion()) {
            throw new DomainException("scene.conflict", scene.getNumber());
        }
        String number = edited.getNumber() == null ? scene.getNumber() : edited.getNumber().trim();
        if (!number.equals(scene.getNumber())) {
            renumberByHand(scene, number);
        }
        applyContent(scene, edited);
        return scenes.saveAndFlush(scene);
    }

    /** Moves a scene to an act at an index (among that act's other scenes; clamped to its ends). */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveScene(long sceneId, long actId, int index) {
        Scene scene = scene(sceneId);
        Act target = act(actId);
        Episode episode = scene.getEpisode();
        if (!target.getEpisode().equals(episode)) {
            throw new NotFoundException("act.not-found", actId);
        }
        List<Act> ordered = acts.findByEpisodeOrderByPosition(episode);
        List<List<Scene>> columns = columns(ordered, scenes.findByEpisodeInOrder(episode));
        columns.forEach(list -> list.remove(scene));
        List<Scene> column = columns.get(ordered.indexOf(target));
        column.add(Math.max(0, Math.min(column.size(), index)), scene);
        scene.setAct(target);
        applyOrder(episode, flatten(columns), null);
    }

    /** Moves a scene one place up in the episode: above its neighbour, or to the end of the previous act. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveSceneUp(long sceneId) {
        shift(sceneId, -1);
    }

    /** Moves a scene one place down in the episode: below its neighbour, or to the top of the next act. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveSceneDown(long sceneId) {
        shift(sceneId, 1);
    }

    /** Omits a scene: it keeps its number and shows OMITTED; it no longer counts in totals. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene omitScene(long sceneId) {
        return update(sceneId, scene -> scene.setOmitted(true));
    }

    /** Brings an omitted scene back, with the number it kept. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene restoreScene(long sceneId) {
        return update(sceneId, scene -> scene.setOmitted(false));
    }

    /** Locks the episode's scene numbers: from now on they never change and inserts get lettered numbers. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public void lockNumbers(long episodeId) {
        seasonService.episode(episodeId).setNumbersLocked(true);
    }

    /** Unlocks the episode's scene numbers and renumbers its scenes 1…n in order. */
    @PreAuthorize(Roles.IS_SHOWRUNNER)
    public void unlockNumbers(long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        episode.setNumbersLocked(false);
        applyOrder(episode, flatten(columns(acts.findByEpisodeOrderByPosition(episode), scenes.findByEpisodeInOrder(episode))), null);
    }

    // ---- internals

    private AppendPlan plan(Episode episode, List<Act> ordered, List<AppendPlan.Incoming> incoming) {
        List<AppendPlan.Existing> existing = scenes.findByEpisodeInOrder(episode).stream()
                .map(scene -> new AppendPlan.Existing(scene.getAct() == null ? -1 : ordered.indexOf(scene.getAct()),
                        scene.getNumber()))
                .toList();
        return AppendPlan.of(ordered.stream().map(Act::getName).toList(), existing, episode.isNumbersLocked(), incoming);
    }

    private List<Scene> loadScenes(Episode episode) {
        List<Scene> ordered = scenes.findByEpisodeInOrder(episode);
        scenes.fetchStorylines(episode);
        return ordered;
    }

    private Act act(long actId) {
        return acts.findById(actId).orElseThrow(() -> new NotFoundException("act.not-found", actId));
    }

    private Scene update(long sceneId, Consumer<Scene> change) {
        Scene scene = scene(sceneId);
        change.accept(scene);
        return scenes.saveAndFlush(scene);
    }

    private Scene insert(Episode episode, Act act, int index, Scene content) {
        List<Act> ordered = acts.findByEpisodeOrderByPosition(episode);
        List<Scene> existing = scenes.findByEpisodeInOrder(episode);
        List<List<Scene>> columns = columns(ordered, existing);
        List<Scene> column = act == null ? columns.get(columns.size() - 1) : columns.get(ordered.indexOf(act));
        Scene scene = new Scene(episode);
        scene.setAct(act);
        applyContent(scene, content);
        column.add(Math.max(0, Math.min(column.size(), index)), scene);
        List<Scene> inOrder = flatten(columns);
        if (episode.isNumbersLocked()) {
            int at = inOrder.indexOf(scene);
            Set<String> taken = new HashSet<>();
            existing.forEach(other -> taken.add(other.getNumber()));
            scene.setNumber(SceneNumbering.insertAfter(
                    at == 0 ? null : inOrder.get(at - 1).getNumber(),
                    at == inOrder.size() - 1 ? null : inOrder.get(at + 1).getNumber(), taken));
        }
        applyOrder(episode, inOrder, scene);
        return scene;
    }

    private void shift(long sceneId, int direction) {
        Scene scene = scene(sceneId);
        Episode episode = scene.getEpisode();
        List<Act> ordered = acts.findByEpisodeOrderByPosition(episode);
        List<List<Scene>> columns = columns(ordered, scenes.findByEpisodeInOrder(episode));
        int columnIndex = scene.getAct() == null ? columns.size() - 1 : ordered.indexOf(scene.getAct());
        List<Scene> column = columns.get(columnIndex);
        int at = column.indexOf(scene);
        int to = at + direction;
        if (to >= 0 && to < column.size()) {
            column.add(to, column.remove(at));
        } else {
            // Past the edge of its act: into the neighbouring act, on the side it came from.
            int neighbour = (scene.getAct() == null && direction < 0 ? ordered.size() : columnIndex) + direction;
            if (neighbour < 0 || neighbour >= ordered.size()) {
                return;
            }
            column.remove(at);
            List<Scene> target = columns.get(neighbour);
            target.add(direction < 0 ? target.size() : 0, scene);
            scene.setAct(ordered.get(neighbour));
        }
        applyOrder(episode, flatten(columns), null);
    }

    /** The scenes per act in act order, plus a last list for scenes in no act. */
    private static List<List<Scene>> columns(List<Act> ordered, List<Scene> inOrder) {
        List<List<Scene>> columns = new ArrayList<>();
        for (int i = 0; i <= ordered.size(); i++) {
            columns.add(new ArrayList<>());
        }
        for (Scene scene : inOrder) {
            int index = scene.getAct() == null ? -1 : ordered.indexOf(scene.getAct());
            columns.get(index < 0 ? ordered.size() : index).add(scene);
        }
        return columns;
    }

    private static List<Scene> flatten(List<List<Scene>> columns) {
        return columns.stream().flatMap(List::stream).toList();
    }

    /**
     * Writes positions 1…n in the given order and, unlocked, numbers 1…n; {@code fresh} is a new scene
     * in that order, saved once the numbers it might take have been moved out of its way.
     */
    private void applyOrder(Episode episode, List<Scene> inOrder, Scene fresh) {
        List<String> numbers = episode.isNumbersLocked() ? null : SceneNumbering.sequential(inOrder.size());
        List<Long> changing = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Scene scene = inOrder.get(i);
            scene.setPosition(i + 1);
            if (numbers != null && scene.getId() != null && !numbers.get(i).equals(scene.getNumber())) {
                changing.add(scene.getId());
            }
        }
        if (!changing.isEmpty()) {
            scenes.parkNumbers(changing);
        }
        if (numbers != null) {
            for (int i = 0; i < inOrder.size(); i++) {
                inOrder.get(i).setNumber(numbers.get(i));
            }
        }
        if (fresh != null) {
            scenes.save(fresh);
        }
    }

    private void renumberByHand(Scene scene, String number) {
        if (!scene.getEpisode().isNumbersLocked()) {
            throw new DomainException("scene.number.unlocked");
        }
        if (!SceneNumbering.isValid(number)) {
            throw new DomainException("scene.number.pattern");
        }
        if (scenes.existsByEpisodeAndNumberAndIdNot(scene.getEpisode(), number, scene.getId())) {
            throw new DomainException("scene.number.taken", number);
        }
        scene.setNumber(number);
    }

    /** Copies what an editor or a draft may change: the heading, length, texts and storylines. */
    private void applyContent(Scene scene, Scene content) {
        if (content.getEighths() < 1) {
            throw new DomainException("length.zero");
        }
        if (content.getEighths() > Eighths.MAX) {
            throw new DomainException("length.too-long", Eighths.format(Eighths.MAX));
        }
        if (content.getIntExt() == null) {
            throw new DomainException("scene.int-ext.required");
        }
        if (content.getTimeOfDay() == null) {
            throw new DomainException("scene.time-of-day.required");
        }
        scene.setIntExt(content.getIntExt());
        scene.setSet(content.getSet() == null ? null
                : content.getSet().getId() != null ? sets.findById(content.getSet().getId()).orElseThrow()
                : findOrCreateSet(content.getSet().getName()));
        scene.setTimeOfDay(content.getTimeOfDay());
        scene.setStoryDay(content.getStoryDay());
        scene.setEighths(content.getEighths());
        scene.setSynopsis(blankToNull(content.getSynopsis()));
        scene.setNotes(blankToNull(content.getNotes()));
        scene.setShootingLocation(blankToNull(content.getShootingLocation()));
        scene.setStoryCity(content.getStoryCity());
        Set<Storyline> chosen = new LinkedHashSet<>();
        for (Storyline storyline : content.getStorylines()) {
            chosen.add(storylines.findById(storyline.getId())
                    .orElseThrow(() -> new NotFoundException("storyline.not-found", storyline.getId())));
        }
        scene.getStorylines().retainAll(chosen);
        scene.getStorylines().addAll(chosen);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String actName(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new DomainException("act.name.required");
        }
        if (clean.length() > 60) {
            throw new DomainException("act.name.too-long");
        }
        return clean;
    }

    private static String storylineName(String name) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new DomainException("storyline.name.required");
        }
        if (clean.length() > 120) {
            throw new DomainException("storyline.name.too-long");
        }
        return clean;
    }

    private static String colour(String colour) {
        String clean = colour == null ? "" : colour.trim();
        if (!clean.matches(COLOUR)) {
            throw new DomainException("colour.invalid");
        }
        return clean.toUpperCase();
    }
}
