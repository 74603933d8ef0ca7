package app.coulisse.outline;

import java.util.List;

/** What a new scene is made of, before it has a number: used by seeding and imports. */
public record SceneDraft(String actName, IntExt intExt, String setName, TimeOfDay timeOfDay, Integer storyDay,
                         int eighths, String synopsis, StoryCity storyCity, String shootingLocation,
                         List<String> storylineLabels) {
}
