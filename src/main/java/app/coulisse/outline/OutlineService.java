package app.coulisse.outline;

import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Positions;
import app.coulisse.core.Versions;
import app.coulisse.season.BulkEpisodeWrite;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeLock;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import app.coulisse.security.CurrentUser;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An episode's acts and scenes. The episode's order is act by act, then by position inside an act
 * (scenes in no act last, {@link EpisodeOrder}); every change of order keeps positions 1…n in that
 * order and, while numbers are unlocked, the numbers 1…n too ({@link SceneNumbering#renumber}).
 * The sets and storylines scenes pick from are {@link StoryCatalogService}'s.
 */
@Service
@Transactional
public class OutlineService {

    /** The sections a new episode starts with; writers rename and add as they go. */
    public static final List<String> DEFAULT_ACTS = List.of("Teaser", "Act One", "Act Two", "Act Three", "Act Four", "Act Five", "Tag");

    /** The keys of {@link #DEFAULT_ACTS}, under which the bundles name them in each language ({@code act.seeded.*}). */
    public static final List<String> DEFAULT_ACT_KEYS = List.of("teaser", "act-one", "act-two", "act-three", "act-four", "act-five", "tag");

    private final SeasonService seasonService;
    private final ActRepository acts;
    private final SceneRepository scenes;
    private final StorySetRepository sets;
    private final StorylineRepository storylines;
    private final StoryCatalogService catalog;
    private final DomainValidation validation;
    private final ApplicationEventPublisher events;

    OutlineService(SeasonService seasonService, ActRepository acts, SceneRepository scenes, StorySetRepository sets,
                   StorylineRepository storylines, StoryCatalogService catalog, DomainValidation validation,
                   ApplicationEventPublisher events) {
        this.seasonService = seasonService;
        this.acts = acts;
        this.scenes = scenes;
        this.sets = sets;
        this.storylines = storylines;
        this.catalog = catalog;
        this.validation = validation;
        this.events = events;
    }

    // ---- reading

    /** The board of an episode: acts, scenes with act, set and storylines, the series' storylines. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public EpisodeBoard board(long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        return new EpisodeBoard(episode, seasonService.series(), acts.findByEpisodeOrderByPosition(episode),
                loadScenes(episode), catalog.storylines());
    }

    /** The episode's scenes in order, with act, set and storylines loaded. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Scene> scenes(long episodeId) {
        return loadScenes(seasonService.episode(episodeId));
    }

    /**
     * One season's episodes and their scenes in running order (scenes with episode, act, set and storylines), the
     * one read of a season the season-wide exports and the production plan share.
     */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public SeasonScenes season(int seasonNumber) {
        List<Episode> episodes = seasonService.episodes(seasonNumber);
        Set<Long> ids = episodes.stream().map(Episode::getId).collect(Collectors.toSet());
        return new SeasonScenes(seasonNumber, episodes,
                seasonScenes().stream().filter(scene -> ids.contains(scene.getEpisode().getId())).toList());
    }

    /** Every scene of the series in running order, with episode, act, set and storylines, in two statements. */
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
            acts.save(new Act(episode, DEFAULT_ACTS.get(i), i + 1, DEFAULT_ACT_KEYS.get(i)));
        }
        return acts.findByEpisodeOrderByPosition(episode);
    }

    /** Adds an act after the episode's last one. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Act addAct(@EpisodeWrite(Episode.class) long episodeId, String name) {
        Episode episode = seasonService.episode(episodeId);
        Act act = new Act(episode, actName(name), acts.findByEpisodeOrderByPosition(episode).size() + 1);
        requireFreeName(act);
        return acts.save(act);
    }

    /** Renames an act; {@code version} is the one the writer saw: a rename since then refuses with "error.conflict". */
    @PreAuthorize(Roles.CAN_EDIT)
    public Act renameAct(@EpisodeWrite(Act.class) long actId, long version, String name) {
        Act act = act(actId);
        Versions.require(act.getVersion(), version, "error.conflict");
        act.setName(actName(name));
        requireFreeName(act);
        return act;
    }

    /** Moves an act one place left (-1) or right (+1); its scenes move with it. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveAct(@EpisodeWrite(Act.class) long actId, int direction) {
        Act act = act(actId);
        List<Act> ordered = new ArrayList<>(acts.findByEpisodeOrderByPosition(act.getEpisode()));
        Positions.move(ordered, act, direction, Act::setPosition);
        applyOrder(act.getEpisode(), order(ordered, scenes.findByEpisodeInOrder(act.getEpisode())).inOrder(), List.of());
    }

    /** Removes an act that holds no scene. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void removeAct(@EpisodeWrite(Act.class) long actId) {
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

    // ---- scenes

    /** Appends a scene at the end of the named act (no act if none has that name), numbered by the rules. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene appendScene(@EpisodeWrite(Episode.class) long episodeId, SceneDraft draft) {
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
    public List<Scene> appendScenes(@EpisodeWrite(Episode.class) long episodeId, List<SceneDraft> drafts, List<String> fileNumbers) {
        Episode episode = seasonService.episode(episodeId);
        List<Act> existingActs = acts.findByEpisodeOrderByPosition(episode);
        List<Scene> existing = scenes.findByEpisodeInOrder(episode);
        List<AppendPlan.Incoming> incoming = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            incoming.add(new AppendPlan.Incoming(drafts.get(i).actName(), fileNumbers.get(i)));
        }
        AppendPlan plan = plan(episode, existingActs, existing, incoming);
        List<Act> ordered = new ArrayList<>();
        for (AppendPlan.PlannedAct planned : plan.acts()) {
            ordered.add(planned.isNew() ? acts.save(validation.check(new Act(episode, actName(planned.name()), 0)))
                    : existingActs.get(planned.existing()));
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
        // One order, one renumbering and one insert per scene for the whole file (linear in the scenes, record 034).
        EpisodeOrder<Scene> order = order(ordered, existing);
        Series series = seasonService.series();
        Map<String, StorySet> setsByName = new HashMap<>();
        List<Scene> added = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            int act = plan.actOf().get(i);
            Scene scene = new Scene(episode);
            scene.setAct(act < 0 ? null : ordered.get(act));
            applyContent(scene, content(episode, drafts.get(i), series,
                    name -> setsByName.computeIfAbsent(name, catalog::findOrCreateSet)));
            order.insert(act < 0 ? EpisodeOrder.NO_ACT : act, Integer.MAX_VALUE, scene);
            if (episode.isNumbersLocked()) {
                scene.setNumber(plan.numbers().get(i));
            }
            added.add(scene);
        }
        applyOrder(episode, order.inOrder(), added);
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
    public int deleteScenes(@EpisodeWrite(Episode.class) long episodeId) {
        Episode episode = seasonService.episode(episodeId);
        if (episode.isNumbersLocked()) {
            throw new DomainException("scene.delete-all.locked", episode.getNumber());
        }
        events.publishEvent(BulkEpisodeWrite.of(List.of(episode)));
        return scenes.deleteByEpisode(episode);
    }

    /** A scene's content from a draft, before it has a place and a number. */
    private Scene content(Episode episode, SceneDraft draft) {
        return content(episode, draft, seasonService.series(), catalog::findOrCreateSet);
    }

    private Scene content(Episode episode, SceneDraft draft, Series series, Function<String, StorySet> setNamed) {
        Scene content = new Scene(episode);
        content.setIntExt(draft.intExt());
        content.setSet(draft.setName() == null ? null : setNamed.apply(draft.setName()));
        content.setTimeOfDay(draft.timeOfDay());
        content.setStoryDay(draft.storyDay());
        content.setEighths(draft.eighths());
        content.setSynopsis(draft.synopsis());
        content.setSynopsisFromScript(draft.synopsisFromScript());
        content.setNotes(draft.notes());
        content.setStoryCity(draft.storyCity());
        content.setShootingLocation(draft.shootingLocation());
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
    public Scene insertScene(@EpisodeWrite(Episode.class) long episodeId, @EpisodeWrite(Act.class) long actId, int index, Scene content) {
        Episode episode = seasonService.episode(episodeId);
        Act act = act(actId);
        if (!act.getEpisode().equals(episode)) {
            throw new NotFoundException("act.not-found", actId);
        }
        return insert(episode, act, index, content);
    }

    /**
     * Inserts a scene right after (or right before) another scene of its episode, in that scene's act or, like it, in
     * no act, with the content of the given unsaved scene; numbered as {@link #insertScene} numbers.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene insertSceneBeside(@EpisodeWrite(Scene.class) long anchorSceneId, boolean after, Scene content) {
        Scene anchor = scene(anchorSceneId);
        return insert(anchor.getEpisode(), anchor.getAct(), content,
                (order, ordered, scene) -> order.insertBeside(anchor, after, scene));
    }

    /**
     * Saves the editor's version of a scene. {@code edited} carries the version the editor loaded:
     * if someone saved the scene since, nothing is written and "scene.conflict" is thrown.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene saveScene(@EpisodeWrite(Scene.class) long sceneId, Scene edited) {
        Scene scene = scene(sceneId);
        Versions.require(scene.getVersion(), edited.getVersion(), "scene.conflict", scene.getNumber());
        SceneFields before = SceneFields.of(scene);
        String number = edited.getNumber() == null ? scene.getNumber() : edited.getNumber().trim();
        if (!number.equals(scene.getNumber())) {
            renumberByHand(scene, number);
        }
        applyContent(scene, edited);
        Scene saved = scenes.saveAndFlush(scene);
        before.editsTo(SceneFields.of(saved), sceneId).forEach(events::publishEvent);
        return saved;
    }

    /** Moves a scene to an act at an index (among that act's other scenes; clamped to its ends). */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveScene(@EpisodeWrite(Scene.class) long sceneId, @EpisodeWrite(Act.class) long actId, int index) {
        Scene scene = scene(sceneId);
        Act target = act(actId);
        Episode episode = scene.getEpisode();
        if (!target.getEpisode().equals(episode)) {
            throw new NotFoundException("act.not-found", actId);
        }
        List<Act> ordered = acts.findByEpisodeOrderByPosition(episode);
        EpisodeOrder<Scene> order = order(ordered, scenes.findByEpisodeInOrder(episode));
        order.move(scene, ordered.indexOf(target), index);
        scene.setAct(target);
        applyOrder(episode, order.inOrder(), List.of());
    }

    /** Moves a scene one place up in the episode: above its neighbour, or to the end of the previous act. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveSceneUp(@EpisodeWrite(Scene.class) long sceneId) {
        shift(sceneId, -1);
    }

    /** Moves a scene one place down in the episode: below its neighbour, or to the top of the next act. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void moveSceneDown(@EpisodeWrite(Scene.class) long sceneId) {
        shift(sceneId, 1);
    }

    /** Omits a scene: it keeps its number and shows OMITTED; it no longer counts in totals. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene omitScene(@EpisodeWrite(Scene.class) long sceneId) {
        Scene omitted = update(sceneId, scene -> scene.setOmitted(true));
        events.publishEvent(new SceneChanged(sceneId, ChangeKind.OMIT, null, null, null));
        return omitted;
    }

    /** Brings an omitted scene back, with the number it kept. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene restoreScene(@EpisodeWrite(Scene.class) long sceneId) {
        Scene restored = update(sceneId, scene -> scene.setOmitted(false));
        events.publishEvent(new SceneChanged(sceneId, ChangeKind.RESTORE, null, null, null));
        return restored;
    }

    /**
     * Deletes a scene with its tags (cast, dance numbers, elements, storylines) while the episode's numbers are
     * unlocked, and renumbers the scenes after it; once numbers are locked a scene can only be omitted.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public void deleteScene(@EpisodeWrite(Scene.class) long sceneId) {
        Scene scene = scene(sceneId);
        Episode episode = scene.getEpisode();
        if (episode.isNumbersLocked()) {
            throw new DomainException("scene.delete.locked", scene.getNumber());
        }
        scenes.deleteOne(scene.getId());
        events.publishEvent(BulkEpisodeWrite.of(List.of(episode)));
        applyOrder(episode, order(acts.findByEpisodeOrderByPosition(episode), scenes.findByEpisodeInOrder(episode)).inOrder(), List.of());
    }

    /** Whether the logged-in user may change this scene now: a writer or the showrunner, and its episode not LOCKED for them. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public boolean canChange(long sceneId) {
        Episode episode = scene(sceneId).getEpisode();
        return EpisodeLock.allowsChanges(episode) && new CurrentUser().canEdit();
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
        applyOrder(episode, order(acts.findByEpisodeOrderByPosition(episode), scenes.findByEpisodeInOrder(episode)).inOrder(), List.of());
    }

    // ---- internals

    private AppendPlan plan(Episode episode, List<Act> ordered, List<AppendPlan.Incoming> incoming) {
        return plan(episode, ordered, scenes.findByEpisodeInOrder(episode), incoming);
    }

    private AppendPlan plan(Episode episode, List<Act> ordered, List<Scene> inOrder, List<AppendPlan.Incoming> incoming) {
        List<AppendPlan.Existing> existing = inOrder.stream()
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
        return insert(episode, act, content, (order, ordered, scene) -> order.insert(
                act == null ? EpisodeOrder.NO_ACT : ordered.indexOf(act), index, scene));
    }

    /** Where a new scene goes in the episode's order, given the episode's acts in order. */
    private interface Placement {
        void place(EpisodeOrder<Scene> order, List<Act> ordered, Scene scene);
    }

    /** Places a new scene in act {@code act} where {@code placement} puts it, numbers it by the rules and saves it. */
    private Scene insert(Episode episode, Act act, Scene content, Placement placement) {
        List<Act> ordered = acts.findByEpisodeOrderByPosition(episode);
        List<Scene> existing = scenes.findByEpisodeInOrder(episode);
        EpisodeOrder<Scene> order = order(ordered, existing);
        Scene scene = new Scene(episode);
        scene.setAct(act);
        applyContent(scene, content);
        placement.place(order, ordered, scene);
        if (episode.isNumbersLocked()) {
            EpisodeOrder.Neighbours<Scene> neighbours = order.neighbours(scene);
            Set<String> taken = new HashSet<>();
            existing.forEach(other -> taken.add(other.getNumber()));
            scene.setNumber(SceneNumbering.insertAfter(
                    neighbours.before() == null ? null : neighbours.before().getNumber(),
                    neighbours.after() == null ? null : neighbours.after().getNumber(), taken));
        }
        applyOrder(episode, order.inOrder(), List.of(scene));
        return scene;
    }

    private void shift(long sceneId, int direction) {
        Scene scene = scene(sceneId);
        Episode episode = scene.getEpisode();
        List<Act> ordered = acts.findByEpisodeOrderByPosition(episode);
        EpisodeOrder<Scene> order = order(ordered, scenes.findByEpisodeInOrder(episode));
        int from = order.actOf(scene);
        if (!order.shift(scene, direction)) {
            return;
        }
        int to = order.actOf(scene);
        if (to != from) {
            scene.setAct(ordered.get(to));
        }
        applyOrder(episode, order.inOrder(), List.of());
    }

    /** The episode's order: scenes per act in act order, then the scenes in no act. */
    private static EpisodeOrder<Scene> order(List<Act> ordered, List<Scene> inOrder) {
        return EpisodeOrder.of(ordered.size(), inOrder,
                scene -> scene.getAct() == null ? EpisodeOrder.NO_ACT : ordered.indexOf(scene.getAct()));
    }

    /**
     * Writes positions 1…n in the given order and, unlocked, numbers 1…n; {@code fresh} are new scenes
     * in that order, saved once the numbers they might take have been moved out of their way.
     */
    private void applyOrder(Episode episode, List<Scene> inOrder, List<Scene> fresh) {
        for (int i = 0; i < inOrder.size(); i++) {
            inOrder.get(i).setPosition(i + 1);
        }
        if (!episode.isNumbersLocked()) {
            SceneNumbering.Renumbering renumbering = SceneNumbering.renumber(inOrder.stream()
                    .map(scene -> scene.getId() == null ? null : scene.getNumber()).toList());
            List<Long> changing = renumbering.changed().stream().map(i -> inOrder.get(i).getId()).toList();
            if (!changing.isEmpty()) {
                scenes.parkNumbers(changing);
            }
            for (int i = 0; i < inOrder.size(); i++) {
                inOrder.get(i).setNumber(renumbering.numbers().get(i));
            }
        }
        fresh.forEach(scenes::save);
        // Written at once: a flush changes versions (a new number, the audit columns), so a version read after this
        // call is the stored one, not one a later flush makes stale (a revise import editing a scene it just moved).
        scenes.flush();
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
        validation.check(content);
        scene.setIntExt(content.getIntExt());
        scene.setSet(content.getSet() == null ? null
                : content.getSet().getId() != null ? sets.findById(content.getSet().getId()).orElseThrow()
                : catalog.findOrCreateSet(content.getSet().getName()));
        scene.setTimeOfDay(content.getTimeOfDay());
        scene.setStoryDay(content.getStoryDay());
        scene.setEighths(content.getEighths());
        scene.replaceSynopsis(blankToNull(content.getSynopsis()), content.isSynopsisFromScript());
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
        return name == null ? "" : name.trim();
    }

    /** Refuses an act whose name breaks {@link Act}'s constraints or is another act's of the episode (case ignored). */
    private void requireFreeName(Act act) {
        validation.check(act);
        boolean taken = acts.findByEpisodeOrderByPosition(act.getEpisode()).stream().anyMatch(other -> other != act && other.getName().equalsIgnoreCase(act.getName()));
        if (taken) {
            throw new DomainException("act.name.taken", act.getName());
        }
    }
}
