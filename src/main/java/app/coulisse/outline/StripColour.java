package app.coulisse.outline;

import app.coulisse.season.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The four strip colours and which scene gets which (docs/decisions/008-strip-colours.md), shared by
 * the one-liner on screen and the Excel export so both always agree. DAWN, MORNING and DAY are day;
 * DUSK, EVENING and NIGHT are night; CONTINUOUS and LATER take the previous scene's; INT/EXT counts
 * as EXT.
 */
public enum StripColour {
    INT_DAY, EXT_DAY, INT_NIGHT, EXT_NIGHT;

    /**
     * The colour of one scene; {@code previous} is the colour of the scene before it in the episode
     * (null for the first), which CONTINUOUS and LATER inherit their day or night from.
     */
    public static StripColour of(IntExt intExt, TimeOfDay time, StripColour previous) {
        boolean night = switch (time) {
            case DAWN, MORNING, DAY -> false;
            case DUSK, EVENING, NIGHT -> true;
            case CONTINUOUS, LATER -> previous != null && previous.isNight();
        };
        boolean exterior = intExt != IntExt.INT;
        if (night) {
            return exterior ? EXT_NIGHT : INT_NIGHT;
        }
        return exterior ? EXT_DAY : INT_DAY;
    }

    /** The colours of an episode's scenes, given in episode order (omitted ones included). */
    public static List<StripColour> of(List<Scene> scenesInOrder) {
        List<StripColour> colours = new ArrayList<>(scenesInOrder.size());
        StripColour previous = null;
        for (Scene scene : scenesInOrder) {
            previous = of(scene.getIntExt(), scene.getTimeOfDay(), previous);
            colours.add(previous);
        }
        return colours;
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
