package app.coulisse.export;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.breakdown.ElementWearer;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.Messages;
import app.coulisse.core.SeededName;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.dance.CueSheet;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.RightsService;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.DanceNumber;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SceneElement;
import app.coulisse.export.model.SeasonBreakdown;
import app.coulisse.export.model.SeriesInfo;
import app.coulisse.export.model.StripPalette;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SeasonScenes;
import app.coulisse.outline.Storyline;
import app.coulisse.revision.RevisionColour;
import app.coulisse.revision.RevisionInfo;
import app.coulisse.revision.RevisionService;
import app.coulisse.revision.SceneHistoryService;
import app.coulisse.export.model.RevisionChanges;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads an episode or the season through the feature services and turns it into the export
 * model in a fixed number of statements (scenes, cast, dance links, numbers, elements), whatever
 * the number of episodes and scenes.
 */
@Component
class BreakdownModelReader {

    private static final String CAST_CATEGORY = "Cast";

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final RevisionService revisionService;
    private final SceneHistoryService historyService;
    private final RightsService rightsService;
    private final ObjectProvider<ChangesSheetSection> changesSections;

    BreakdownModelReader(SeasonService seasonService, OutlineService outlineService, CastService castService,
                         DanceService danceService, BreakdownService breakdownService, RevisionService revisionService,
                         SceneHistoryService historyService, RightsService rightsService,
                         ObjectProvider<ChangesSheetSection> changesSections) {
        this.changesSections = changesSections;
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.revisionService = revisionService;
        this.historyService = historyService;
        this.rightsService = rightsService;
    }

    String seriesTitle() {
        return seasonService.series().getTitle();
    }

    void requireSeason(int seasonNumber) {
        seasonService.season(seasonNumber);
    }

    String episodeNumber(long episodeId) {
        return seasonService.episode(episodeId).getNumber();
    }

    EpisodeBreakdown episode(long episodeId) {
        return episode(episodeId, Locale.ENGLISH);
    }

    /** The episode, with seeded category and act names in {@code locale} ({@link SeededName}). */
    EpisodeBreakdown episode(long episodeId, Locale locale) {
        List<app.coulisse.outline.Scene> inOrder = outlineService.scenes(episodeId);
        app.coulisse.season.Episode episode = seasonService.episode(episodeId);
        // The catalog read loads the series, so the episode's series below costs no statement.
        Map<Integer, CastMember> cast = castMembers();
        Names names = new Names(breakdownService.categories(), locale);
        SceneTags tags = new SceneTags(castService.episodeCast(episodeId), danceService.episodeLinks(episodeId),
                breakdownService.episodeElements(episodeId), breakdownService.episodeWearers(episodeId), names);
        Map<Long, RevisionColour> marks = revisionService.marks(episodeId);
        List<Scene> scenes = inOrder.stream().map(scene -> revised(scene(scene, tags, names), marks.get(scene.getId())))
                .toList();
        return new EpisodeBreakdown(seriesInfo(episode.getSeries()), episode(episode), scenes, appearingIn(scenes, cast),
                danceNumbers(danceService.episodeNumbers(episodeId)), categories(scenes, names),
                changes(episodeId, locale));
    }

    /** The episode as its workbook prints it: with its music cue sheet (three statements more). */
    EpisodeBreakdown episodeWithCueSheet(long episodeId, Locale locale) {
        CueSheet cueSheet = rightsService.cueSheet(episodeId);
        return episode(episodeId, locale).withCueSheet(cueSheet);
    }

    /** The current season. */
    SeasonBreakdown season() {
        return season(Locale.ENGLISH);
    }

    /** The current season, with seeded names in {@code locale}. */
    SeasonBreakdown season(Locale locale) {
        return season(seasonService.currentSeason().getNumber(), locale);
    }

    SeasonBreakdown season(int seasonNumber) {
        return season(seasonNumber, Locale.ENGLISH);
    }

    /** How the workbook names seeded categories and default acts: the screens' rule, in the workbook's language. */
    private record Names(Map<Long, String> categories, Locale locale) {

        Names(List<app.coulisse.breakdown.ElementCategory> all, Locale locale) {
            this(all.stream().collect(Collectors.toMap(app.coulisse.breakdown.ElementCategory::getId,
                    category -> category.displayName(Messages.bundled(), locale))), locale);
        }

        String category(ElementLink link) {
            return categories.getOrDefault(link.categoryId(), link.categoryName());
        }

        String act(app.coulisse.outline.Act act) {
            return act == null ? "" : act.displayName(Messages.bundled(), locale);
        }
    }

    /**
     * One season with series-wide queries, kept to the season's episodes: as many statements for ten
     * episodes as for one, whichever season is asked for.
     */
    SeasonBreakdown season(int seasonNumber, Locale locale) {
        Names names = new Names(breakdownService.categories(), locale);
        SeasonScenes season = outlineService.season(seasonNumber);
        SceneTags tags = new SceneTags(castService.seasonCast(), danceService.seasonLinks(),
                breakdownService.seasonElements(), breakdownService.seasonWearers(), names);
        Map<Long, RevisionColour> marks = revisionService.seriesMarks();
        List<Scene> scenes = season.scenes().stream()
                .map(scene -> revised(scene(scene, tags, names), marks.get(scene.getId()))).toList();
        List<Episode> episodes = season.episodes().stream().map(BreakdownModelReader::episode).toList();
        Set<Long> performed = scenes.stream().flatMap(scene -> scene.danceNumbers().stream())
                .map(DanceInScene::danceNumberId).collect(Collectors.toSet());
        return new SeasonBreakdown(seriesInfo(seasonService.series()), episodes, scenes, appearingIn(scenes, castMembers()),
                danceNumbers(danceService.seasonNumbers().stream().filter(d -> performed.contains(d.id())).toList()),
                categories(scenes, names), seasonNumber);
    }

    /** Every scene's cast, dance numbers and elements, looked up by scene id. */
    private record SceneTags(Map<Long, List<Appearance>> cast, Map<Long, List<DanceInScene>> dances,
                             Map<Long, List<SceneElement>> elements) {

        SceneTags(List<SceneAppearance> cast, List<DanceLink> dances, List<ElementLink> elements,
                  List<ElementWearer> wearers, Names names) {
            this(cast.stream().collect(Collectors.groupingBy(SceneAppearance::sceneId, Collectors.mapping(
                            a -> new Appearance(a.castId(), a.speaking(), a.dancing()), Collectors.toList()))),
                    dances.stream().collect(Collectors.groupingBy(DanceLink::sceneId, Collectors.mapping(
                            link -> new DanceInScene(link.danceNumberId(), text(link.note())), Collectors.toList()))),
                    elements(elements, wearers, names));
        }

        /** Each scene's elements, each with the cast IDs of those who wear it. */
        private static Map<Long, List<SceneElement>> elements(List<ElementLink> elements, List<ElementWearer> wearers,
                                                              Names names) {
            Map<List<Long>, List<Integer>> wornBy = wearers.stream().collect(Collectors.groupingBy(
                    wearer -> List.of(wearer.sceneId(), wearer.elementId()),
                    Collectors.mapping(ElementWearer::castId, Collectors.toList())));
            return elements.stream().collect(Collectors.groupingBy(ElementLink::sceneId, Collectors.mapping(
                    link -> new SceneElement(names.category(link), link.elementName(), link.quantity(), text(link.note()),
                            wornBy.getOrDefault(List.of(link.sceneId(), link.elementId()), List.of())),
                    Collectors.toList())));
        }
    }

    private static Scene scene(app.coulisse.outline.Scene scene, SceneTags tags, Names names) {
        long id = scene.getId();
        return new Scene(scene.getEpisode().getNumber(), scene.getNumber(), scene.isOmitted(), scene.getPosition(),
                names.act(scene.getAct()), scene.getIntExt().heading(),
                scene.getSet() == null ? "" : scene.getSet().getName(), scene.getTimeOfDay().name(),
                scene.getStoryDay() == null ? 0 : scene.getStoryDay(), scene.getEighths(), text(scene.getSynopsis()),
                scene.getStoryCity() == null ? "" : scene.getStoryCity().label(), text(scene.getShootingLocation()),
                scene.getStorylines().stream().map(Storyline::getLabel).sorted().toList(),
                tags.cast().getOrDefault(id, List.of()), tags.dances().getOrDefault(id, List.of()),
                tags.elements().getOrDefault(id, List.of()));
    }

    /** The scene with the revision it was last changed in, if any. */
    private static Scene revised(Scene scene, RevisionColour mark) {
        return mark == null ? scene : new Scene(scene.episodeNumber(), scene.number(), scene.omitted(), scene.position(),
                scene.act(), scene.interiorExterior(), scene.set(), scene.timeOfDay(), scene.storyDay(), scene.eighths(),
                scene.synopsis(), scene.storyCity(), scene.shootingLocation(), scene.storylines(), scene.cast(),
                scene.danceNumbers(), scene.elements(), mark.name(), mark.hex());
    }

    /** The current revision, its changes and the sections other features add, or null on the original draft. */
    private RevisionChanges changes(long episodeId, Locale locale) {
        RevisionInfo current = revisionService.current(episodeId);
        if (current.id() == null) {
            return null;
        }
        return new RevisionChanges(current.colour().name(), current.colour().hex(), current.revisedOn(),
                text(current.label()), historyService.currentRevisionChanges(episodeId).stream()
                .map(change -> new RevisionChanges.Change(change.sceneNumber(), change.kind(), change.field(),
                        text(change.before()), text(change.after()), text(change.who()), change.when()))
                .toList(), changesSections.orderedStream().flatMap(section -> section.sections(episodeId, locale)
                .stream()).toList());
    }

    private static Episode episode(app.coulisse.season.Episode episode) {
        return new Episode(episode.getNumber(), episode.getTitle(), episode.getStatus().name(),
                episode.getTargetPages() == null ? 0 : episode.getTargetPages(),
                episode.getUpdatedAt() == null ? null : LocalDate.ofInstant(episode.getUpdatedAt(), ZoneId.systemDefault()));
    }

    private static List<DanceNumber> danceNumbers(List<DanceNumberDetails> details) {
        return details.stream().map(BreakdownModelReader::danceNumber).toList();
    }

    /** The workbook writers take every text as non-null: an absent note is an empty one. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static SeriesInfo seriesInfo(Series series) {
        SeriesInfo defaults = SeriesInfo.withDefaults(series.getTitle());
        return new SeriesInfo(series.getTitle(), new StripPalette(series.getStripIntDay(), series.getStripExtDay(),
                series.getStripIntNight(), series.getStripExtNight()), defaults.castColour(), defaults.danceNumberColour(),
                series.getPaperSize());
    }

    private Map<Integer, CastMember> castMembers() {
        Map<Integer, CastMember> members = new LinkedHashMap<>();
        for (StoryCharacter character : castService.characters()) {
            members.put(character.getCastId(), new CastMember(character.getCastId(), character.getName(),
                    text(character.getPerformer()), character.getCompany() == null ? "" : character.getCompany().getName(),
                    character.isDancer(), character.getCategory() == null ? "" : character.getCategory().name()));
        }
        return members;
    }

    /** Only the characters who appear in these scenes, in cast ID order. */
    private static List<CastMember> appearingIn(Collection<Scene> scenes, Map<Integer, CastMember> cast) {
        Set<Integer> present = scenes.stream().flatMap(scene -> scene.cast().stream()).map(Appearance::castId)
                .collect(Collectors.toSet());
        return cast.values().stream().filter(member -> present.contains(member.castId())).toList();
    }

    /**
     * The element categories for the category boxes. The seeded "Cast" category is left out unless
     * something was tagged in it: the sheets already list the characters in their own cast box.
     */
    private List<ElementCategory> categories(List<Scene> scenes, Names names) {
        Set<String> used = scenes.stream().flatMap(scene -> scene.elements().stream()).map(SceneElement::category)
                .collect(Collectors.toSet());
        return breakdownService.categories().stream()
                .filter(category -> !category.getName().equalsIgnoreCase(CAST_CATEGORY)
                        || used.contains(names.categories().get(category.getId())))
                .map(category -> new ElementCategory(names.categories().get(category.getId()), category.getColour(),
                        category.getPosition()))
                .toList();
    }

    private static DanceNumber danceNumber(DanceNumberDetails details) {
        return new DanceNumber(details.id(), details.title(), details.style(), details.choreographer(), details.composer(),
                details.piece(), details.musicCue(), details.musicSource(), details.companyName(),
                details.durationSeconds() == null ? 0 : details.durationSeconds(),
                details.principalDancers().stream().map(DanceNumberDetails.Dancer::castId).toList(),
                details.ensembleSize(), details.rehearsalHours().doubleValue(), details.costumeNotes(),
                details.shoesPerDancer() == null ? 0 : details.shoesPerDancer(), details.props());
    }
}
