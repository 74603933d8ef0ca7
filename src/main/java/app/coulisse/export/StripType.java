package app.coulisse.export;

import app.coulisse.export.model.Scene;
import app.coulisse.export.model.StripPalette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The strip a scene gets on a one-liner, from its INT/EXT and time of day.
 * INT/EXT counts as EXT (the crew goes outside); DAWN, MORNING, DAY, AFTERNOON are day; DUSK, EVENING,
 * NIGHT are night; CONTINUOUS, LATER, SAME or any other value inherit the previous scene's, and the
 * first scene of an episode defaults to day.
 */
public enum StripType {
    INT_DAY, EXT_DAY, INT_NIGHT, EXT_NIGHT;

    private static final Set<String> DAY = Set.of("DAY", "DAWN", "MORNING", "AFTERNOON", "SUNRISE");
    private static final Set<String> NIGHT = Set.of("NIGHT", "DUSK", "EVENING", "SUNSET");

    public String colour(StripPalette palette) {
        return switch (this) {
            case INT_DAY -> palette.intDay();
            case EXT_DAY -> palette.extDay();
            case INT_NIGHT -> palette.intNight();
            case EXT_NIGHT -> palette.extNight();
        };
    }

    /** The strip of each scene, in the order given; scenes must be ordered by episode, then position. */
    public static List<StripType> classify(List<Scene> scenes) {
        List<StripType> strips = new ArrayList<>(scenes.size());
        boolean night = false;
        String episode = null;
        for (Scene scene : scenes) {
            if (!Objects.equals(episode, scene.episodeNumber())) {
                episode = scene.episodeNumber();
                night = false;
            }
            String time = scene.timeOfDay().trim().toUpperCase(Locale.ROOT);
            if (!scene.omitted() && DAY.contains(time)) {
                night = false;
            } else if (!scene.omitted() && NIGHT.contains(time)) {
                night = true;
            }
            boolean exterior = scene.interiorExterior().toUpperCase(Locale.ROOT).contains("EXT")
                    || scene.interiorExterior().trim().equalsIgnoreCase("I/E");
            strips.add(exterior ? (night ? EXT_NIGHT : EXT_DAY) : (night ? INT_NIGHT : INT_DAY));
        }
        return strips;
    }
}
