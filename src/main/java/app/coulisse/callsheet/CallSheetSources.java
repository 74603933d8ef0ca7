package app.coulisse.callsheet;

import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumberDetails;
import app.coulisse.outline.Scene;
import app.coulisse.schedule.ProductionPlan;
import java.util.List;
import java.util.Map;

/**
 * What a season's call sheets are drafted from, read once (a fixed number of statements) so that every day of the
 * season can be drafted from it in memory.
 *
 * @param locations by name in lower case
 * @param sheets    the office's edits by shoot day id
 */
record CallSheetSources(String series, ProductionPlan plan, Map<Long, Scene> scenes,
                        Map<Integer, StoryCharacter> characters, Map<Long, DanceNumberDetails> dances,
                        Map<Long, List<ElementLink>> elements, Map<Long, ElementCategory> categories,
                        Map<String, ShootingLocation> locations, CallOffsets offsets, Map<Long, CallSheet> sheets) {
}
