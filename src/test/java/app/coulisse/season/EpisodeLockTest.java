package app.coulisse.season;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServiceMethods;
import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownElement;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.Act;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.Revision;
import app.coulisse.revision.SceneHistoryService;
import app.coulisse.security.Roles;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Issue 27: the episode lock holds by mechanism. Every public write method of the services either says which
 * episodes it writes into ({@link EpisodeWrite}) or is listed here as writing outside any episode; each of the first
 * refuses a writer when its episode is LOCKED, before it does anything.
 */
class EpisodeLockTest extends SpringAppTest {

    // Services that never write into an episode: accounts, the shoot's planning (it plans LOCKED scripts: call sheets,
    // locations, dancers out, readiness), the numbers' parts, rights, music, costumes and shoes (series catalogues),
    // files and backups.
    private static final Set<Class<?>> OUTSIDE_EPISODES = Set.of(app.coulisse.security.UserService.class,
            app.coulisse.schedule.ShootDayService.class, app.coulisse.schedule.StripboardService.class,
            app.coulisse.schedule.RehearsalService.class, app.coulisse.schedule.ProductionExportService.class,
            app.coulisse.export.BreakdownExportService.class, app.coulisse.outline.StoryCatalogService.class,
            app.coulisse.callsheet.CallSheetService.class, app.coulisse.callsheet.ShootingLocationService.class,
            app.coulisse.schedule.DancerOutService.class, app.coulisse.dance.readiness.AvailabilityService.class,
            app.coulisse.dance.readiness.PartsService.class, app.coulisse.dance.RightsService.class,
            app.coulisse.dance.CostumeService.class, app.coulisse.backup.BackupService.class);
    // Writes of the series and its catalogues (a new episode, a character's details), not of an episode's content;
    // a new episode's default acts; the room's questions and answers, which go on once the script is locked; a read
    // named like a write.
    private static final Set<String> NOT_INTO_AN_EPISODE = Set.of("SeasonService.createEpisode/1",
            "SeasonService.createEpisode/2", "SeasonService.createEpisode/3", "SeasonService.moveEpisode/2",
            "SeasonService.addCompany/4", "CastService.createCharacter/1", "CastService.updateCharacter/3",
            "DanceService.create/1", "DanceService.update/3", "BreakdownService.createElement/2",
            "BreakdownService.findOrCreateElement/2",
            "OutlineService.createDefaultActs/1", "SceneNoteService.addNote/3", "SceneNoteService.markAnswered/1",
            "DanceService.linkCount/1");

    @Autowired
    ApplicationContext context;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    DanceService danceService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    SceneHistoryService historyService;

    /** The ids of a LOCKED episode's things, by the kind {@link EpisodeWrite} names. */
    private final Map<Class<?>, Long> locked = new HashMap<>();

    @BeforeEach
    void lockAnEpisodeWithEveryKindOfTag() {
        actAs("showrunner", "SHOWRUNNER");
        Episode episode = seasonService.episodes().stream()
                .filter(candidate -> !castService.episodeCast(candidate.getId()).isEmpty()
                        && !danceService.episodeLinks(candidate.getId()).isEmpty()
                        && !breakdownService.episodeElements(candidate.getId()).isEmpty())
                .findFirst().orElseThrow();
        long episodeId = episode.getId();
        Scene scene = outlineService.scenes(episodeId).stream().filter(candidate -> candidate.getAct() != null)
                .findFirst().orElseThrow();
        locked.put(Episode.class, episodeId);
        locked.put(Scene.class, scene.getId());
        locked.put(Act.class, scene.getAct().getId());
        locked.put(Revision.class, historyService.startForImport(episodeId).id());
        locked.put(StoryCharacter.class, castService.episodeCast(episodeId).getFirst().characterId());
        locked.put(DanceNumber.class, danceService.episodeLinks(episodeId).getFirst().danceNumberId());
        locked.put(BreakdownElement.class, breakdownService.episodeElements(episodeId).getFirst().elementId());
        seasonService.episode(episodeId).setStatus(EpisodeStatus.LOCKED);
    }

    static Stream<Arguments> guardedWrites() {
        return episodeWrites().stream().filter(EpisodeLockTest::guarded)
                .map(method -> Arguments.of(ServiceMethods.name(method), method));
    }

    @Test
    void every_write_says_which_episodes_it_writes_into_or_that_it_writes_into_none() {
        List<String> unsaid = episodeWrites().stream()
                .filter(method -> !guarded(method) && !NOT_INTO_AN_EPISODE.contains(ServiceMethods.name(method)))
                .map(ServiceMethods::name).toList();
        assertThat(unsaid).as("write methods without an @EpisodeWrite parameter").isEmpty();
        assertThat(ServiceMethods.all().stream().map(ServiceMethods::name).toList())
                .containsAll(NOT_INTO_AN_EPISODE);
    }

    @Test
    void the_imports_and_their_tags_are_among_the_guarded_writes() {
        assertThat(guardedWrites().map(arguments -> (String) arguments.get()[0]).toList()).contains(
                "CastService.tagFromFile/4", "CastService.untagFileSpeaker/2", "SceneHistoryService.startForImport/1",
                "ScreenplayImportService.revise/4", "ScreenplayImportService.commit/5").hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedWrites")
    void a_writer_is_refused_every_write_into_a_locked_episode(String name, Method method) {
        actAs("writer", "WRITER");
        Throwable refusal = ServiceMethods.call(context, method, arguments(method));
        assertThat(refusal).as("%s as WRITER on a LOCKED episode", name).isInstanceOf(DomainException.class);
        assertThat(((DomainException) refusal).getMessageKey()).as(name).isEqualTo("episode.locked");
    }

    @Test
    void the_showrunner_still_writes_into_a_locked_episode() {
        actAs("showrunner", "SHOWRUNNER");
        long sceneId = locked.get(Scene.class);
        long characterId = locked.get(StoryCharacter.class);
        castService.untag(sceneId, characterId);
        assertThat(castService.sceneCast(sceneId)).noneMatch(tag -> tag.characterId() == characterId);
    }

    @Test
    void a_writer_still_writes_into_an_episode_once_it_is_reopened() {
        seasonService.episode(locked.get(Episode.class)).setStatus(EpisodeStatus.REVISIONS);
        actAs("writer", "WRITER");
        long sceneId = locked.get(Scene.class);
        long characterId = locked.get(StoryCharacter.class);
        castService.tag(sceneId, characterId, true, true);
        assertThat(castService.sceneCast(sceneId)).anyMatch(tag -> tag.characterId() == characterId && tag.dancing());
    }

    /** The fixture's id for each {@link EpisodeWrite} parameter, zeros and nulls elsewhere. */
    private Object[] arguments(Method method) {
        Parameter[] parameters = method.getParameters();
        return Arrays.stream(parameters).map(parameter -> parameter.isAnnotationPresent(EpisodeWrite.class)
                ? locked.get(parameter.getAnnotation(EpisodeWrite.class).value())
                : ServiceMethods.neutral(parameter.getType())).toArray();
    }

    /** The writes the lock concerns: writers may call them (the showrunner is never bound by it). */
    private static List<Method> episodeWrites() {
        return ServiceMethods.writes().stream()
                .filter(method -> !OUTSIDE_EPISODES.contains(method.getDeclaringClass()))
                .filter(method -> !Roles.IS_SHOWRUNNER.equals(method.getAnnotation(PreAuthorize.class).value()))
                .toList();
    }

    private static boolean guarded(Method method) {
        return Stream.of(method.getParameters()).anyMatch(parameter -> parameter.isAnnotationPresent(EpisodeWrite.class));
    }
}
