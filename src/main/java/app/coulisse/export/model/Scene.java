package app.coulisse.export.model;

import java.util.List;

/**
 * One scene of an episode, with everything tagged in it. Text fields may be empty but not null.
 *
 * @param number           the scene number as text: {@code 12}, {@code 12A}, {@code A12A}
 * @param position         the order within the episode
 * @param interiorExterior {@code INT}, {@code EXT} or {@code INT/EXT}
 * @param timeOfDay        DAY, NIGHT, MORNING, EVENING, DAWN, DUSK, CONTINUOUS, LATER…
 * @param storyDay         the story day, 0 when unknown
 * @param eighths          the length in eighths of a page
 * @param revision         the revision the scene was last changed in ("Blue"), empty when never revised
 * @param revisionColour   its fill ({@code #C6EDFE}), empty when never revised
 */
public record Scene(String episodeNumber, String number, boolean omitted, int position, String act,
                    String interiorExterior, String set, String timeOfDay, int storyDay, int eighths,
                    String synopsis, String storyCity, String shootingLocation, List<String> storylines,
                    List<Appearance> cast, List<DanceInScene> danceNumbers, List<SceneElement> elements,
                    String revision, String revisionColour) {

    /** A scene never revised. */
    public Scene(String episodeNumber, String number, boolean omitted, int position, String act,
                 String interiorExterior, String set, String timeOfDay, int storyDay, int eighths,
                 String synopsis, String storyCity, String shootingLocation, List<String> storylines,
                 List<Appearance> cast, List<DanceInScene> danceNumbers, List<SceneElement> elements) {
        this(episodeNumber, number, omitted, position, act, interiorExterior, set, timeOfDay, storyDay, eighths,
                synopsis, storyCity, shootingLocation, storylines, cast, danceNumbers, elements, "", "");
    }

    /** Whether the scene was changed in a revision. */
    public boolean revised() {
        return !revision.isEmpty();
    }

    public Scene {
        storylines = List.copyOf(storylines);
        cast = List.copyOf(cast);
        danceNumbers = List.copyOf(danceNumbers);
        elements = List.copyOf(elements);
        revision = revision == null ? "" : revision;
        revisionColour = revisionColour == null ? "" : revisionColour;
    }
}
