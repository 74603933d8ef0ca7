package app.coulisse.callsheet;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything a call sheet prints, as plain values: what is drafted from the stripboard and the breakdown, with the
 * office's calls and notes. A published version stores it as it was; the draft is read again each time.
 *
 * @param eighths the day's page total in eighths
 * @param advance the unit's next shoot day, or null when this is its last
 */
public record CallSheetContent(String series, int season, List<String> episodes, String unit, String timeZone,
                               LocalDate date, int dayNumber, int dayCount, LocalTime crewCall, LocalTime shootingCall,
                               List<Location> locations, List<SceneLine> scenes, int eighths, List<CastLine> cast,
                               List<DanceLine> dances, List<RehearsalLine> rehearsals, List<FittingLine> fittings,
                               List<ElementCount> background, List<Department> departments, String notes,
                               Advance advance) {

    /** A location of the day; {@code address} null when the office has not given one; sun times null without a position. */
    public record Location(String name, String address, String parking, String hospital, String contact,
                           LocalTime sunrise, LocalTime sunset) {
    }

    /** A scene as the call sheet lists it, "104/23A". */
    public record SceneLine(String label, String intExt, String set, String timeOfDay, int eighths,
                            List<Integer> castIds, String synopsis, String location) {
    }

    /** A performer called: their Day Out of Days code that day and their four times. */
    public record CastLine(int castId, String character, String performer, String dood, LocalTime pickUp,
                           LocalTime makeUp, LocalTime wardrobe, LocalTime onSet) {
    }

    /** A dance number shot that day; {@code musicSource} is a {@code MusicSource} name, or null when not set. */
    public record DanceLine(String title, String choreographer, String music, String musicSource,
                            List<String> principals, int ensemble, String costumes, int pointeShoes) {
    }

    /** A rehearsal call of the day at the unit. */
    public record RehearsalLine(String title, LocalTime start, int minutes, String studio, List<String> dancers) {
    }

    /** A fitting call of the day at the unit. */
    public record FittingLine(int castId, String name, LocalTime start, int minutes, String note) {
    }

    /** An element and how many are needed. */
    public record ElementCount(String name, int quantity) {
    }

    /** A department's elements for the day; {@code seedKey} translates a seeded category's name. */
    public record Department(String seedKey, String category, List<String> items) {
    }

    /** The next shoot day's scenes. */
    public record Advance(LocalDate date, int dayNumber, List<SceneLine> scenes) {
    }
}
