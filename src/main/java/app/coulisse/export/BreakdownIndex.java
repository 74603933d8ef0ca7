package app.coulisse.export;

import app.coulisse.cast.CastLabel;
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
import app.coulisse.outline.StripColour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scenes to export with their catalogs indexed by key, shared by the episode and the season
 * workbook so that every sheet is written by one piece of code for both.
 */
final class BreakdownIndex {

    private static final String UNCATALOGUED_COLOUR = "#E0E0E0";

    private final SeriesInfo series;
    private final List<Episode> episodes;
    private final List<Scene> scenes;
    private final List<StripColour> strips;
    private final boolean season;
    private final int seasonNumber;
    private final Map<String, Episode> episodesByNumber;
    private final Map<Integer, CastMember> castById;
    private final Map<Long, DanceNumber> danceNumbersById;
    private final List<ElementCategory> categories;

    private BreakdownIndex(SeriesInfo series, List<Episode> episodes, List<Scene> scenes, List<CastMember> cast,
                           List<DanceNumber> danceNumbers, List<ElementCategory> categories, boolean season,
                           int seasonNumber) {
        this.series = series;
        this.seasonNumber = seasonNumber;
        this.episodes = episodes;
        this.scenes = scenes;
        this.season = season;
        this.strips = strips(scenes);
        this.episodesByNumber = episodes.stream()
                .collect(Collectors.toMap(Episode::number, Function.identity(), (a, b) -> a));
        this.castById = cast.stream()
                .collect(Collectors.toMap(CastMember::castId, Function.identity(), (a, b) -> a));
        this.danceNumbersById = danceNumbers.stream()
                .collect(Collectors.toMap(DanceNumber::id, Function.identity(), (a, b) -> a));
        this.categories = withUncataloguedCategories(categories, scenes);
    }

    static BreakdownIndex of(EpisodeBreakdown breakdown) {
        List<Scene> ordered = breakdown.scenes().stream().sorted(Comparator.comparingInt(Scene::position)).toList();
        return new BreakdownIndex(breakdown.series(), List.of(breakdown.episode()), ordered, breakdown.cast(),
                breakdown.danceNumbers(), breakdown.categories(), false, 0);
    }

    static BreakdownIndex of(SeasonBreakdown season) {
        return new BreakdownIndex(season.series(), season.episodes(), season.scenes(), season.cast(),
                season.danceNumbers(), season.categories(), true, season.season());
    }

    SeriesInfo series() {
        return series;
    }

    List<Episode> episodes() {
        return episodes;
    }

    /** All scenes in order, omitted ones included. */
    List<Scene> scenes() {
        return scenes;
    }

    /** The strip colour ({@code #RRGGBB}) of the scene at this index of {@link #scenes()}, by the one strip rule. */
    String stripColour(int sceneIndex) {
        return colour(strips.get(sceneIndex), series.strips());
    }

    /** The strips of scenes ordered by episode, then position. */
    static List<StripColour> strips(List<Scene> scenes) {
        return StripColour.classify(scenes.stream().map(scene -> new StripColour.Slot(scene.episodeNumber(),
                scene.interiorExterior(), scene.timeOfDay(), scene.omitted())).toList());
    }

    /** A strip's colour in the series' palette. */
    static String colour(StripColour strip, StripPalette palette) {
        return switch (strip) {
            case INT_DAY -> palette.intDay();
            case EXT_DAY -> palette.extDay();
            case INT_NIGHT -> palette.intNight();
            case EXT_NIGHT -> palette.extNight();
        };
    }

    /** The scenes that are not omitted, in order. */
    List<Scene> playedScenes() {
        return scenes.stream().filter(scene -> !scene.omitted()).toList();
    }

    /** True for the season workbook, whose scenes are labelled with their episode. */
    boolean season() {
        return season;
    }

    /** The season's number in a season workbook, 0 when not known or in an episode workbook. */
    int seasonNumber() {
        return seasonNumber;
    }

    Episode episode(String number) {
        return episodesByNumber.get(number);
    }

    /** {@code 12A} in an episode workbook, {@code 101/12A} in the season one, where numbers repeat. */
    String sceneLabel(Scene scene) {
        return season ? scene.episodeNumber() + "/" + scene.number() : scene.number();
    }

    /** {@code 7. NAME}, or just {@code 7.} for a cast ID missing from the catalog. */
    String castLabel(int castId) {
        CastMember member = castById.get(castId);
        return member == null ? castId + "." : CastLabel.of(castId, member.name());
    }

    CastMember castMember(int castId) {
        return castById.get(castId);
    }

    DanceNumber danceNumber(long id) {
        return danceNumbersById.get(id);
    }

    /** Every category, in catalog order, whether or not a scene uses it. */
    List<ElementCategory> categories() {
        return categories;
    }

    /** The catalog's categories by position, then any category a scene names that the catalog lacks, in grey. */
    private static List<ElementCategory> withUncataloguedCategories(List<ElementCategory> catalog, List<Scene> scenes) {
        List<ElementCategory> all = new ArrayList<>(catalog.stream()
                .sorted(Comparator.comparingInt(ElementCategory::position)).toList());
        Set<String> names = all.stream().map(ElementCategory::name).collect(Collectors.toCollection(HashSet::new));
        for (Scene scene : scenes) {
            for (SceneElement element : scene.elements()) {
                if (names.add(element.category())) {
                    all.add(new ElementCategory(element.category(), UNCATALOGUED_COLOUR, Integer.MAX_VALUE));
                }
            }
        }
        return List.copyOf(all);
    }

    /** The characters tagged in any played scene, by cast ID; unknown IDs are left out. */
    List<CastMember> castInScenes() {
        Set<Integer> ids = new TreeSet<>();
        for (Scene scene : playedScenes()) {
            scene.cast().forEach(appearance -> ids.add(appearance.castId()));
        }
        return ids.stream().map(castById::get).filter(Objects::nonNull).toList();
    }

    /** The dance numbers performed in played scenes, in order of first performance. */
    List<DanceNumber> danceNumbersInScenes() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Scene scene : playedScenes()) {
            scene.danceNumbers().forEach(link -> ids.add(link.danceNumberId()));
        }
        return ids.stream().map(danceNumbersById::get).filter(Objects::nonNull).toList();
    }

    /** The cast IDs of a scene, ascending. */
    static List<Integer> castIds(Scene scene) {
        return scene.cast().stream().map(Appearance::castId).distinct().sorted().toList();
    }

    /** The appearances of a scene by cast ID. */
    static Map<Integer, Appearance> appearancesById(Scene scene) {
        Map<Integer, Appearance> byId = new LinkedHashMap<>();
        scene.cast().forEach(appearance -> byId.putIfAbsent(appearance.castId(), appearance));
        return byId;
    }

    /** The titles of a scene's dance numbers, comma-separated. */
    String danceTitles(Scene scene) {
        return scene.danceNumbers().stream().map(DanceInScene::danceNumberId).map(danceNumbersById::get)
                .filter(Objects::nonNull).map(DanceNumber::title).collect(Collectors.joining(", "));
    }
}
