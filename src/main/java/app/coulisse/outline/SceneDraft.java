package app.coulisse.outline;

import java.util.List;

/**
 * What a new scene is made of, before it has a number: used by seeding and imports.
 * {@code synopsisFromScript} marks a synopsis an import took from the script's first action line (record 038);
 * {@code notes} are the scene's notes (an import keeps a heading's annotation there, record 003).
 */
public record SceneDraft(String actName, IntExt intExt, String setName, TimeOfDay timeOfDay, Integer storyDay,
                         int eighths, String synopsis, StoryCity storyCity, String shootingLocation,
                         List<String> storylineLabels, boolean synopsisFromScript, String notes) {

    /** A draft without notes. */
    public SceneDraft(String actName, IntExt intExt, String setName, TimeOfDay timeOfDay, Integer storyDay,
                      int eighths, String synopsis, StoryCity storyCity, String shootingLocation,
                      List<String> storylineLabels, boolean synopsisFromScript) {
        this(actName, intExt, setName, timeOfDay, storyDay, eighths, synopsis, storyCity, shootingLocation,
                storylineLabels, synopsisFromScript, null);
    }

    /** A draft whose synopsis, if any, is the room's. */
    public SceneDraft(String actName, IntExt intExt, String setName, TimeOfDay timeOfDay, Integer storyDay,
                      int eighths, String synopsis, StoryCity storyCity, String shootingLocation,
                      List<String> storylineLabels) {
        this(actName, intExt, setName, timeOfDay, storyDay, eighths, synopsis, storyCity, shootingLocation,
                storylineLabels, false);
    }
}
