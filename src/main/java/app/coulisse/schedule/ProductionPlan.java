package app.coulisse.schedule;

import app.coulisse.outline.StripColour;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A season's plan as every production screen and the workbook show it, read at once: units, days, the board
 * (days with their strips, the boneyard, the strips of omitted scenes), the Day Out of Days, the rehearsal plan and
 * the shoe count.
 */
public record ProductionPlan(int seasonNumber, List<Unit> units, List<BoardDay> days, List<Strip> boneyard,
                             List<Strip> removed, DayOutOfDays dayOutOfDays, RehearsalPlan rehearsals,
                             List<Call> calls, List<Fitting> fittings, ShoeCount shoes, int dropPickupMinDays,
                             int maxRehearsalHours) {

    /** A unit of the season. */
    public record Unit(long id, String name, String colour, String country, ZoneId timeZone) {
    }

    /**
     * One day of a unit with its strips in shooting order; {@code number} counts the unit's shoot days (0 for
     * other days).
     */
    public record BoardDay(long id, long unitId, String unitName, String unitColour, LocalDate date, DayType type,
                           int number, List<Strip> strips) {

        /** The day's pages in eighths. */
        public int eighths() {
            return strips.stream().mapToInt(Strip::eighths).sum();
        }
    }

    /**
     * A scene as a strip. {@code version} is its placement's ({@link StripRef#IN_BONEYARD} in the boneyard);
     * {@code warning} when one of its dance numbers is shot before its rehearsal hours are met.
     */
    public record Strip(long sceneId, String episodeNumber, String sceneNumber, String intExt, String set,
                        String timeOfDay, int eighths, List<Integer> castIds, List<Long> danceNumberIds,
                        List<String> danceTitles, StripColour colour, Long dayId, int position, long version,
                        boolean warning) {

        /** The scene qualified by its episode, as cross-boarded strips are named: "104/23A". */
        public String label() {
            return episodeNumber + "/" + sceneNumber;
        }

        /** What the mover saw, to refuse a move from a stale board. */
        public StripRef ref() {
            return new StripRef(sceneId, version);
        }
    }

    /** A rehearsal call as listed; {@code unitName} and {@code timeZone} are where it is. */
    public record Call(long id, long version, long numberId, String numberTitle, LocalDate date, LocalTime start,
                       int minutes, String studio, String choreographer, boolean afterWrap, List<Integer> castIds,
                       List<String> dancers, String unitName, ZoneId timeZone) {
    }

    /** A fitting call as listed; {@code unitName} and {@code timeZone} are where it is. */
    public record Fitting(long id, int castId, String name, LocalDate date, LocalTime start, int minutes, String note,
                          String unitName, ZoneId timeZone) {
    }

    /** The strips placed in shooting order (by date, unit, position). */
    public List<Strip> scheduled() {
        return days.stream().flatMap(day -> day.strips().stream()).toList();
    }
}
