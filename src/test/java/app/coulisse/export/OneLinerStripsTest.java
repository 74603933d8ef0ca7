package app.coulisse.export;

import app.coulisse.export.model.Scene;
import app.coulisse.export.model.StripPalette;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.coulisse.outline.StripColour.EXT_DAY;
import static app.coulisse.outline.StripColour.EXT_NIGHT;
import static app.coulisse.outline.StripColour.INT_DAY;
import static app.coulisse.outline.StripColour.INT_NIGHT;
import static org.assertj.core.api.Assertions.assertThat;

class OneLinerStripsTest {

    private static Scene scene(String episode, String interiorExterior, String timeOfDay) {
        return EtoileFixtures.scene(episode, "1", 1, interiorExterior, "SET", timeOfDay, 1, 1, "", List.of(),
                List.of(), List.of());
    }

    @Test
    void morning_and_dawn_are_day_evening_and_dusk_are_night() {
        assertThat(BreakdownIndex.strips(List.of(scene("101", "INT", "MORNING"), scene("101", "EXT", "DAWN"),
                scene("101", "INT", "EVENING"), scene("101", "EXT", "DUSK"))))
                .containsExactly(INT_DAY, EXT_DAY, INT_NIGHT, EXT_NIGHT);
    }

    @Test
    void int_ext_counts_as_exterior() {
        assertThat(BreakdownIndex.strips(List.of(scene("101", "INT/EXT", "DAY"), scene("101", "I/E", "NIGHT"))))
                .containsExactly(EXT_DAY, EXT_NIGHT);
    }

    @Test
    void continuous_and_later_inherit_the_previous_scene() {
        assertThat(BreakdownIndex.strips(List.of(scene("101", "EXT", "NIGHT"), scene("101", "INT", "CONTINUOUS"),
                scene("101", "EXT", "LATER"), scene("101", "INT", "DAY"), scene("101", "INT", "CONTINUOUS"))))
                .containsExactly(EXT_NIGHT, INT_NIGHT, EXT_NIGHT, INT_DAY, INT_DAY);
    }

    @Test
    void an_omitted_scene_does_not_change_what_the_next_one_inherits() {
        Scene omittedNight = EtoileFixtures.omitted("101", "2", 2);
        Scene night = scene("101", "INT", "NIGHT");
        assertThat(BreakdownIndex.strips(List.of(night, withTime(omittedNight, "DAY"), scene("101", "INT", "LATER"))))
                .containsExactly(INT_NIGHT, INT_NIGHT, INT_NIGHT);
    }

    @Test
    void a_new_episode_starts_in_daylight() {
        assertThat(BreakdownIndex.strips(List.of(scene("101", "INT", "NIGHT"), scene("102", "INT", "CONTINUOUS"))))
                .containsExactly(INT_NIGHT, INT_DAY);
    }

    @Test
    void each_strip_takes_its_colour_from_the_palette() {
        StripPalette swapped = new StripPalette("#FFFFFF", "#FFFF00", "#00FF00", "#0000FF");
        assertThat(List.of(INT_DAY, EXT_DAY, INT_NIGHT, EXT_NIGHT)).map(strip -> BreakdownIndex.colour(strip, swapped))
                .containsExactly("#FFFFFF", "#FFFF00", "#00FF00", "#0000FF");
    }

    private static Scene withTime(Scene scene, String timeOfDay) {
        return new Scene(scene.episodeNumber(), scene.number(), scene.omitted(), scene.position(), scene.act(),
                scene.interiorExterior(), scene.set(), timeOfDay, scene.storyDay(), scene.eighths(), scene.synopsis(),
                scene.storyCity(), scene.shootingLocation(), scene.storylines(), scene.cast(), scene.danceNumbers(),
                scene.elements());
    }
}
