package app.coulisse.export;

import app.coulisse.cast.CastLabel;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.DanceNumber;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.RevisionChanges;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SeasonBreakdown;
import app.coulisse.export.model.SeriesInfo;
import app.coulisse.export.model.StripPalette;
import app.coulisse.export.report.BreakdownReport;
import app.coulisse.outline.StripColour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scenes to export with their catalogs indexed by key, shared by the episode and the season
 * workbook so that every sheet is written by one piece of code for both.
 */
final class BreakdownIndex {

    private final BreakdownReport report;
    private final List<StripColour> strips;
    private final int seasonNumber;
    private final RevisionChanges revision;
    private final Map<String, Episode> episodesByNumber;

    private BreakdownIndex(BreakdownReport report, int seasonNumber, RevisionChanges revision) {
        this.report = report;
        this.seasonNumber = seasonNumber;
        this.revision = revision;
        this.strips = strips(report.scenes());
        this.episodesByNumber = report.episodes().stream()
                .collect(Collectors.toMap(Episode::number, Function.identity(), (a, b) -> a));
    }

    static BreakdownIndex of(EpisodeBreakdown breakdown) {
        return new BreakdownIndex(BreakdownReport.of(breakdown), 0, breakdown.revision());
    }

    static BreakdownIndex of(SeasonBreakdown season) {
        return new BreakdownIndex(BreakdownReport.of(season), season.season(), null);
    }

    /** The reports the sheets write: computed once, the same as the Reports screen shows. */
    BreakdownReport report() {
        return report;
    }

    SeriesInfo series() {
        return report.series();
    }

    List<Episode> episodes() {
        return report.episodes();
    }

    /** All scenes in order, omitted ones included. */
    List<Scene> scenes() {
        return report.scenes();
    }

    /** The strip colour ({@code #RRGGBB}) of the scene at this index of {@link #scenes()}, by the one strip rule. */
    String stripColour(int sceneIndex) {
        return colour(strips.get(sceneIndex), report.series().strips());
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
        return report.playedScenes();
    }

    /** True for the season workbook, whose scenes are labelled with their episode. */
    boolean season() {
        return report.season();
    }

    /** The season's number in a season workbook, 0 when not known or in an episode workbook. */
    int seasonNumber() {
        return seasonNumber;
    }

    /** The episode's current revision in an episode workbook; null on the original draft and in the season's. */
    RevisionChanges revision() {
        return revision;
    }

    Episode episode(String number) {
        return episodesByNumber.get(number);
    }

    /** {@code 12A} in an episode workbook, {@code 101/12A} in the season one, where numbers repeat. */
    String sceneLabel(Scene scene) {
        return report.sceneLabel(scene);
    }

    /** {@code 7. NAME}, or just {@code 7.} for a cast ID missing from the catalog. */
    String castLabel(int castId) {
        CastMember member = report.castMember(castId);
        return member == null ? castId + "." : CastLabel.of(castId, member.name());
    }

    CastMember castMember(int castId) {
        return report.castMember(castId);
    }

    DanceNumber danceNumber(long id) {
        return report.danceNumber(id);
    }

    /** Every category, in catalog order, whether or not a scene uses it. */
    List<ElementCategory> categories() {
        return report.categories();
    }

    /** The characters tagged in any played scene, by cast ID; unknown IDs are left out. */
    List<CastMember> castInScenes() {
        return report.castInScenes();
    }

    /** The dance numbers performed in played scenes, in order of first performance. */
    List<DanceNumber> danceNumbersInScenes() {
        return report.danceNumbersInScenes();
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
        return scene.danceNumbers().stream().map(DanceInScene::danceNumberId).map(report::danceNumber)
                .filter(Objects::nonNull).map(DanceNumber::title).collect(Collectors.joining(", "));
    }
}
