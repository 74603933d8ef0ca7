package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.core.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SceneHeadingFormatTest {

    @Test
    void a_heading_is_the_int_ext_word_a_full_stop_the_set_and_the_time() {
        assertThat(Scene.heading(IntExt.INT, "MBT - JACK'S OFFICE", "DAY")).isEqualTo("INT. MBT - JACK'S OFFICE - DAY");
        assertThat(Scene.heading(IntExt.INT_EXT, "MBT - HALLWAY", "CONTINUOUS"))
                .isEqualTo("INT/EXT. MBT - HALLWAY - CONTINUOUS");
        assertThat(Scene.heading(IntExt.EXT, null, "NIGHT")).isEqualTo("EXT. - NIGHT");
    }

    @Test
    void a_stored_scene_writes_its_heading_the_same_way_with_the_time_translated_on_screen() {
        Scene scene = new Scene(null);
        scene.setIntExt(IntExt.INT);
        scene.setSet(new StorySet(null, "PALAIS GARNIER - STAGE"));
        scene.setTimeOfDay(TimeOfDay.NIGHT);

        assertThat(scene.heading()).isEqualTo(Scene.heading(IntExt.INT, "PALAIS GARNIER - STAGE", "NIGHT"));
        assertThat(scene.heading(Messages.bundled(), Locale.FRENCH)).isEqualTo("INT. PALAIS GARNIER - STAGE - "
                + Messages.bundled().get("time-of-day.NIGHT", Locale.FRENCH));
    }
}
