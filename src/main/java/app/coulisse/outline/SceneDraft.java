package app.coulisse.outline;

import java.util.List;

/**
 * What a new scene is made of, before it has a number: used by seeding and imports.
 * {@code synopsisFromScript} marks a synopsis an import took from the script's first action line (record 038).
 */
public record SceneDraft(String actName, IntExt intExt, String setName, TimeOfDay timeOfDay, Integer storyDay,
                         int eighths, String synopsis, StoryCity storyCity, String shootingLocation,
                         List<String> storylineLabels, boolean synopsisFromScript) {

    /** A draft whose synopsis, if any, is the room's. */
    public SceneDraft(String actName, IntExt intExt, String setName, TimeOfDay timeOfDay, Integer storyDay,
                      int eighths, String synopsis, StoryCity storyCity, String shootingLocation,
                      List<String> storylineLabels) {
        this(actName, intExt, setName, timeOfDay, storyDay, eighths, synopsis, storyCity, shootingLocation,
                storylineLabels, false);
    }
}
