package app.coulisse.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A schedule in the Universal Schedule Standard v1 (github.com/UniversalScheduleStandard): every key of the
 * standard written, null when Coulisse has no value; Coulisse's own keys start with {@code _coulisse}, as the
 * standard's "Extending the Standard" asks, and are left out when empty (record 053).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UssDocument(Schedule universalScheduleStandard) {

    /** The version of the standard this export follows. */
    public static final String USS_VERSION = "1.0.0";

    /** The root object: header keys, then the breakdown arrays and the schedule arrays. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "author", "company", "created", "description", "episode", "episodeName", "name",
            "project", "schedColor", "schedDate", "scriptColor", "scriptDate", "season", "source", "ussVersion",
            "breakdowns", "categories", "elements", "stripboards", "calendars"})
    public record Schedule(String id, String author, String company, String created, String description,
                           String episode, String episodeName, String name, String project, String schedColor,
                           String schedDate, String scriptColor, String scriptDate, String season, String source,
                           String ussVersion, List<Breakdown> breakdowns, List<Category> categories,
                           List<Element> elements, List<Stripboard> stripboards, List<Calendar> calendars) {
    }

    /** A scene: its heading, cast, numbers and elements are ids in {@code elements}; pages in decimal eighths. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "bannerText", "comments", "created", "description", "elements", "pages", "scene",
            "scriptPage", "duration", "type"})
    public record Breakdown(String id, String bannerText, String comments, String created, String description,
                            List<String> elements, Double pages, String scene, String scriptPage, Long duration,
                            String type) {
    }

    /** A category with its Universal Category Identification number. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "created", "name", "ucid"})
    public record Category(String id, String created, String name, int ucid) {
    }

    /** An element of a category; {@code elementId} is the board ID (a cast ID). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "category", "created", "daysOff", "dropDayCount", "elementId", "events", "isDood",
            "isDrop", "isHold", "isIdLock", "linkedElements", "name"})
    public record Element(String id, String category, String created, List<Integer> daysOff, int dropDayCount,
                          String elementId, List<Event> events, @JsonProperty("isDood") boolean isDood,
                          @JsonProperty("isDrop") boolean isDrop, @JsonProperty("isHold") boolean isHold,
                          @JsonProperty("isIdLock") boolean isIdLock, List<String> linkedElements, String name,
                          @JsonProperty("_coulissePerformer") @JsonInclude(JsonInclude.Include.NON_NULL)
                          String performer,
                          @JsonProperty("_coulisseDanceNumber") @JsonInclude(JsonInclude.Include.NON_NULL)
                          DanceNumber danceNumber) {
    }

    /** What a call sheet needs of a dance number beyond its name (Coulisse's own key). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DanceNumber(String choreographer, String music, String musicSource, Integer durationSeconds,
                              int ensembleSize, Integer shoesPerDancer, String costumeNotes) {
    }

    /** A scenario: its boards, read against its calendar. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "boards", "calendar", "name"})
    public record Stripboard(String id, List<Board> boards, String calendar, String name) {
    }

    /** A board: either one array of breakdown ids per shoot day, or one flat array (no day breaks). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "name", "breakdownIds"})
    public record Board(String id, String name, List<Object> breakdownIds) {
    }

    /** A unit's calendar: the weekdays it never shoots, its start, its other days off and its events. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "daysOff", "events", "name"})
    public record Calendar(String id, List<Integer> daysOff, List<Event> events, String name,
                           @JsonProperty("_coulisseTimeZone") String timeZone) {
    }

    /** A dated event: the start, a day off or another event (rehearsal, fitting, travel). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "date", "type", "name"})
    public record Event(String id, String date, String type, String name,
                        @JsonProperty("_coulisseCall") @JsonInclude(JsonInclude.Include.NON_NULL) Call call) {

        /** An event of the standard alone. */
        public Event(String id, String date, String type, String name) {
            this(id, date, type, name, null);
        }
    }

    /**
     * A rehearsal or fitting call (Coulisse's own key): local start in the calendar's zone, length, where, the
     * dance number's and the called performers' element ids.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Call(String start, int minutes, String studio, String danceNumber, List<String> elements,
                       String note) {
    }
}
