package app.coulisse.outline;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.security.Roles;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An episode's acts and scenes, the series' sets and storylines. */
@Service
@Transactional
public class OutlineService {

    /** The sections a new episode starts with; writers rename and add as they go. */
    public static final List<String> DEFAULT_ACTS = List.of("Teaser", "Act One", "Act Two", "Act Three", "Act Four", "Act Five", "Tag");

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

    /** The episode's acts in order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Act> acts(long episodeId) {
        return acts.findByEpisodeOrderByPosition(seasonService.episode(episodeId));
    }

    /** Adds a storyline (A, B, C…) to the series; labels are unique. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Storyline addStoryline(String label, String name, String colour) {
        Series series = seasonService.series();
        if (storylines.findBySeriesAndLabelIgnoreCase(series, label).isPresent()) {
            throw new DomainException("storyline.label.taken", label);
        }
        return storylines.save(new Storyline(series, label.trim().toUpperCase(), name.trim(), colour));
    }

    /** The series' storylines by label. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Storyline> storylines() {
        return storylines.findBySeriesOrderByLabel(seasonService.series());
    }

    /** The set with that name (case ignored), created in the catalog if it is new. */
    @PreAuthorize(Roles.CAN_EDIT)
    public StorySet findOrCreateSet(String name) {
        Series series = seasonService.series();
        String clean = name.trim().toUpperCase();
        return sets.findBySeriesAndNameIgnoreCase(series, clean).orElseGet(() -> sets.save(new StorySet(series, clean)));
    }

    /** Appends a scene at the end of the episode (in the named act) with the next number. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene appendScene(long episodeId, SceneDraft draft) {
        Episode episode = seasonService.episode(episodeId);
        Scene scene = new Scene(episode);
        int position = scenes.maxPosition(episode) + 1;
        scene.setPosition(position);
        scene.setNumber(String.valueOf(position));
        scene.setAct(acts.findByEpisodeOrderByPosition(episode).stream()
                .filter(act -> act.getName().equalsIgnoreCase(draft.actName()))
                .findFirst().orElse(null));
        scene.setIntExt(draft.intExt());
        scene.setSet(draft.setName() == null ? null : findOrCreateSet(draft.setName()));
        scene.setTimeOfDay(draft.timeOfDay());
        scene.setStoryDay(draft.storyDay());
        scene.setEighths(draft.eighths());
        scene.setSynopsis(draft.synopsis());
        scene.setStoryCity(draft.storyCity());
        scene.setShootingLocation(draft.shootingLocation());
        Series series = seasonService.series();
        for (String label : draft.storylineLabels()) {
            storylines.findBySeriesAndLabelIgnoreCase(series, label).ifPresent(scene.getStorylines()::add);
        }
        return scenes.save(scene);
    }

    /** One scene by id. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Scene scene(long sceneId) {
        return scenes.findById(sceneId).orElseThrow(() -> new NotFoundException("scene.not-found", sceneId));
    }

    /** The episode's scenes in order, with act and set loaded. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<Scene> scenes(long episodeId) {
        return scenes.findByEpisodeInOrder(seasonService.episode(episodeId));
    }

    /** The act with that name in the episode (case ignored), created at the end of its acts if it is new. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Act findOrCreateAct(long episodeId, String name) {
        Episode episode = seasonService.episode(episodeId);
        String clean = name.strip();
        return acts.findByEpisodeOrderByPosition(episode).stream()
                .filter(act -> act.getName().equalsIgnoreCase(clean))
                .findFirst()
                .orElseGet(() -> acts.save(new Act(episode, clean, acts.maxPosition(episode) + 1)));
    }

    /** The episode's scene numbers in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<String> sceneNumbers(long episodeId) {
        return scenes.numbers(seasonService.episode(episodeId));
    }

    /** Deletes all the episode's scenes with their appearances and returns how many there were; callers check the lock. */
    @PreAuthorize(Roles.CAN_EDIT)
    public int deleteScenes(long episodeId) {
        return scenes.deleteByEpisode(seasonService.episode(episodeId));
    }

    /** Appends an imported scene: it keeps the file's number when that number is free in the episode, else gets the next one. */
    @PreAuthorize(Roles.CAN_EDIT)
    public Scene appendImportedScene(long episodeId, SceneDraft draft, String requestedNumber) {
        Episode episode = seasonService.episode(episodeId);
        List<String> taken = scenes.numbers(episode);
        String wanted = requestedNumber == null ? "" : requestedNumber.strip();
        boolean keep = !wanted.isEmpty() && wanted.length() <= MAX_SCENE_NUMBER_LENGTH && !taken.contains(wanted);
        Scene scene = new Scene(episode);
        scene.setPosition(scenes.maxPosition(episode) + 1);
        scene.setNumber(keep ? wanted : nextNumber(taken, episode.isNumbersLocked()));
        scene.setAct(draft.actName() == null ? null : findOrCreateAct(episodeId, draft.actName()));
        scene.setIntExt(draft.intExt());
        scene.setSet(draft.setName() == null ? null : findOrCreateSet(draft.setName()));
        scene.setTimeOfDay(draft.timeOfDay());
        scene.setStoryDay(draft.storyDay());
        scene.setEighths(draft.eighths());
        scene.setSynopsis(draft.synopsis());
        scene.setStoryCity(draft.storyCity());
        scene.setShootingLocation(draft.shootingLocation());
        Series series = seasonService.series();
        for (String label : draft.storylineLabels()) {
            storylines.findBySeriesAndLabelIgnoreCase(series, label).ifPresent(scene.getStorylines()::add);
        }
        return scenes.save(scene);
    }

    /** The longest scene number the scene table holds. */
    public static final int MAX_SCENE_NUMBER_LENGTH = 12;

    private static final Pattern LEADING_DIGITS = Pattern.compile("\\D*(\\d{1,9})");

    /**
     * Unlocked: one more than the highest number in the episode. Locked: the last scene's number with the first free
     * letter (12 gives 12A, then 12B), since locked numbers never move.
     */
    private static String nextNumber(List<String> taken, boolean locked) {
        if (locked && !taken.isEmpty()) {
            String base = taken.get(taken.size() - 1).replaceFirst("[A-Za-z]+$", "");
            for (char letter = 'A'; letter <= 'Z'; letter++) {
                if (!taken.contains(base + letter)) {
                    return base + letter;
                }
            }
        }
        int highest = 0;
        for (String number : taken) {
            Matcher digits = LEADING_DIGITS.matcher(number);
            if (digits.lookingAt()) {
                highest = Math.max(highest, Integer.parseInt(digits.group(1)));
            }
        }
        return String.valueOf(highest + 1);
    }
}
