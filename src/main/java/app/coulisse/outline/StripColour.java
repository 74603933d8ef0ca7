package app.coulisse.outline;

import app.coulisse.season.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The four strip colours and which scene gets which (docs/decisions/008-strip-colours.md): the one
 * rule for the one-liner on screen and the Excel one-liner, so both always agree. DAWN, MORNING,
 * DAY are day; DUSK, EVENING, NIGHT are night; CONTINUOUS, LATER or any other time take the
 * previous played scene's (an import maps a script's own words first, record 003); an omitted scene
 * passes nothing on; the first scene of an episode defaults to day; INT/EXT (I/E) counts as EXT.
 */
public enum StripColour {
    INT_DAY, EXT_DAY, INT_NIGHT, EXT_NIGHT;

    private static final Set<String> DAY = Set.of("DAY", "DAWN", "MORNING");
    private static final Set<String> NIGHT = Set.of("NIGHT", "DUSK", "EVENING");

    /** A scene as the rule reads it: its episode, its INT/EXT and time of day as written, and whether it is omitted. */
    public record Slot(Object episode, String interiorExterior, String timeOfDay, boolean omitted) {
    }

    /**
     * The colour of one played scene; {@code previous} is the colour of the played scene before it
     * in the episode (null for the first), which CONTINUOUS and LATER inherit their day or night from.
     */
    public static StripColour of(IntExt intExt, TimeOfDay time, StripColour previous) {
        return of(intExt.heading(), night(time.name(), previous != null && previous.isNight()));
    }

    /** True when the time sets day or night itself; false for CONTINUOUS and LATER, which take the scene before's. */
    public static boolean carriesLight(TimeOfDay time) {
        return DAY.contains(time.name()) || NIGHT.contains(time.name());
    }

    /** The colours of an episode's scenes, given in episode order (omitted ones included). */
    public static List<StripColour> of(List<Scene> scenesInOrder) {
        return classify(scenesInOrder.stream().map(scene -> new Slot(null, scene.getIntExt().heading(),
                scene.getTimeOfDay().name(), scene.isOmitted())).toList());
    }

    /**
     * The colour of each slot, in the order given (by episode, then position). An omitted scene is
     * coloured with what it inherits but passes nothing on: it is not shot, so the story goes from
     * the scene before it to the scene after it.
     */
    public static List<StripColour> classify(List<Slot> slots) {
        List<StripColour> colours = new ArrayList<>(slots.size());
        boolean night = false;
        Object episode = null;
        boolean first = true;
        for (Slot slot : slots) {
            if (first || !Objects.equals(episode, slot.episode())) {
                episode = slot.episode();
                night = false;
                first = false;
            }
            boolean sceneNight = slot.omitted() ? night : night(slot.timeOfDay(), night);
            if (!slot.omitted()) {
                night = sceneNight;
            }
            colours.add(of(slot.interiorExterior(), sceneNight));
        }
        return colours;
    }

    private static boolean night(String timeOfDay, boolean previousNight) {
        String time = timeOfDay == null ? "" : timeOfDay.trim().toUpperCase(Locale.ROOT);
        if (DAY.contains(time)) {
            return false;
        }
        return NIGHT.contains(time) || previousNight;
    }

    private static StripColour of(String interiorExterior, boolean night) {
        String heading = interiorExterior == null ? "" : interiorExterior.trim().toUpperCase(Locale.ROOT);
        boolean exterior = heading.contains("EXT") || heading.equals("I/E");
        if (night) {
            return exterior ? EXT_NIGHT : INT_NIGHT;
        }
        return exterior ? EXT_DAY : INT_DAY;
    }

    public boolean isNight() {
        return this == INT_NIGHT || this == EXT_NIGHT;
    }

    /** The CSS part name the one-liner gives rows of this colour, e.g. "strip-int-night". */
    public String partName() {
        return "strip-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** This colour in the series' palette, e.g. "#90CAF9". */
    public String in(Series series) {
        return switch (this) {
            case INT_DAY -> series.getStripIntDay();
            case EXT_DAY -> series.getStripExtDay();
            case INT_NIGHT -> series.getStripIntNight();
            case EXT_NIGHT -> series.getStripExtNight();
        };
    }
}
