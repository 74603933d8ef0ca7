package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.season.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StripColourTest {

    @ParameterizedTest
    @CsvSource({
            "INT, DAY, INT_DAY", "INT, MORNING, INT_DAY", "INT, DAWN, INT_DAY",
            "INT, NIGHT, INT_NIGHT", "INT, EVENING, INT_NIGHT", "INT, DUSK, INT_NIGHT",
            "EXT, DAY, EXT_DAY", "EXT, DAWN, EXT_DAY", "EXT, NIGHT, EXT_NIGHT", "EXT, DUSK, EXT_NIGHT",
            "INT_EXT, DAY, EXT_DAY", "INT_EXT, NIGHT, EXT_NIGHT"})
    void day_and_night_by_time_with_int_ext_counted_as_ext(IntExt intExt, TimeOfDay time, StripColour colour) {
        assertThat(StripColour.of(intExt, time, null)).isEqualTo(colour);
    }

    @Test
    void continuous_and_later_inherit_day_or_night_from_the_previous_scene() {
        assertThat(StripColour.of(IntExt.INT, TimeOfDay.CONTINUOUS, StripColour.EXT_NIGHT)).isEqualTo(StripColour.INT_NIGHT);
        assertThat(StripColour.of(IntExt.EXT, TimeOfDay.LATER, StripColour.INT_NIGHT)).isEqualTo(StripColour.EXT_NIGHT);
        assertThat(StripColour.of(IntExt.EXT, TimeOfDay.CONTINUOUS, StripColour.INT_DAY)).isEqualTo(StripColour.EXT_DAY);
        assertThat(StripColour.of(IntExt.INT, TimeOfDay.LATER, null)).as("the first scene of an episode").isEqualTo(StripColour.INT_DAY);
    }

    @Test
    void a_chain_of_continuous_scenes_keeps_the_night_of_the_scene_that_started_it() {
        Scene night = scene(IntExt.EXT, TimeOfDay.NIGHT);
        Scene continuous = scene(IntExt.INT, TimeOfDay.CONTINUOUS);
        Scene later = scene(IntExt.INT_EXT, TimeOfDay.LATER);
        Scene morning = scene(IntExt.INT, TimeOfDay.MORNING);
        assertThat(StripColour.of(java.util.List.of(night, continuous, later, morning)))
                .containsExactly(StripColour.EXT_NIGHT, StripColour.INT_NIGHT, StripColour.EXT_NIGHT, StripColour.INT_DAY);
    }

    @Test
    void an_omitted_scene_passes_nothing_on_so_the_screen_paints_what_the_workbook_paints() {
        Scene night = scene(IntExt.INT, TimeOfDay.NIGHT);
        Scene omittedDay = scene(IntExt.INT, TimeOfDay.DAY);
        omittedDay.setOmitted(true);
        Scene later = scene(IntExt.INT, TimeOfDay.LATER);
        assertThat(StripColour.of(java.util.List.of(night, omittedDay, later)))
                .containsExactly(StripColour.INT_NIGHT, StripColour.INT_NIGHT, StripColour.INT_NIGHT);
    }

    @Test
    void colours_come_from_the_series_palette_and_name_a_css_part() {
        Series series = new Series();
        assertThat(StripColour.INT_DAY.in(series)).isEqualTo("#FFFFFF");
        assertThat(StripColour.EXT_DAY.in(series)).isEqualTo("#FFF59D");
        assertThat(StripColour.INT_NIGHT.in(series)).isEqualTo("#90CAF9");
        assertThat(StripColour.EXT_NIGHT.in(series)).isEqualTo("#A5D6A7");
        assertThat(StripColour.INT_NIGHT.partName()).isEqualTo("strip-int-night");
    }

    private static Scene scene(IntExt intExt, TimeOfDay time) {
        Scene scene = new Scene(null);
        scene.setIntExt(intExt);
        scene.setTimeOfDay(time);
        return scene;
    }
}
