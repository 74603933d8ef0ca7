package app.coulisse.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The season's refusals come from the constraints on {@link Series}, {@link Episode} and {@link Company}, checked
 * through the validator one value at a time before anything is written; each keeps the message it always had.
 */
class SeasonRefusalsTest extends SpringAppTest {

    @Autowired
    SeasonService seasonService;

    @BeforeEach
    void showrunner() {
        actAs("showrunner", "SHOWRUNNER");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, 1, episode.number.required",
            "'  ', 1, episode.number.required",
            "1x1, 1, episode.number.pattern",
            "12345, 1, episode.number.pattern",
            "999, NULL, episode.title.required",
            "999, ' ', episode.title.required",
            "999, LONG201, episode.title.too-long"})
    void a_new_episode_is_refused_as_its_fields_say(String number, String title, String key) {
        String written = "LONG201".equals(title) ? "x".repeat(201) : title;

        assertRefused(() -> seasonService.createEpisode(number, written), key);
    }

    @Test
    void a_title_is_measured_without_its_spaces_and_kept_trimmed() {
        Episode episode = seasonService.createEpisode(" 998 ", "  " + "x".repeat(200) + "  ");

        assertThat(episode.getNumber()).isEqualTo("998");
        assertThat(episode.getTitle()).hasSize(200);
    }

    @Test
    void the_series_refusals_keep_their_messages() {
        assertRefused(() -> seasonService.renameSeries(" ", null), "series.title.required");
        assertRefused(() -> seasonService.renameSeries("x".repeat(121), null), "series.title.too-long");
        assertRefused(() -> seasonService.renameSeries("Étoile", "p".repeat(201)), "series.production.too-long");
        Series edited = form();
        String languages = edited.getLanguages();
        edited.setLanguages("");
        assertRefused(() -> seasonService.updateSeries(edited), "series.languages.required");
        edited.setLanguages("en,de");
        assertRefused(() -> seasonService.updateSeries(edited), "series.languages.invalid");
        assertThat(seasonService.series().getLanguages()).isEqualTo(languages);
    }

    @Test
    void the_company_refusals_keep_their_messages() {
        assertRefused(() -> seasonService.addCompany("", "Paris", null, null), "company.name.required");
        assertRefused(() -> seasonService.addCompany("n".repeat(121), "Paris", null, null), "company.name.too-long");
        assertRefused(() -> seasonService.addCompany("Nova", " ", null, null), "company.city.required");
        assertRefused(() -> seasonService.addCompany("Nova", "c".repeat(81), null, null), "company.city.too-long");
        assertRefused(() -> seasonService.addCompany("Nova", "Paris", "v".repeat(121), null), "company.venue.too-long");
        assertRefused(() -> seasonService.addCompany("Nova", "Paris", null, "teal"), "company.colour.invalid");

        Company added = seasonService.addCompany(" Nova ", " Paris ", "  ", "#1565c0");
        assertThat(added.getName()).isEqualTo("Nova");
        assertThat(added.getCity()).isEqualTo("Paris");
        assertThat(added.getVenue()).isNull();
        assertThat(added.getColour()).isEqualTo("#1565C0");
    }

    @Test
    void a_strip_colour_must_be_written_like_a_hex_colour_and_is_stored_upper_case() {
        Series edited = form();
        edited.setStripIntDay("#ffffff");
        edited.setStripExtNight("green");
        assertRefused(() -> seasonService.updateStripPalette(edited), "colour.invalid");

        edited.setStripExtNight("#a5d6a7");
        Series saved = seasonService.updateStripPalette(edited);
        assertThat(saved.getStripIntDay()).isEqualTo("#FFFFFF");
        assertThat(saved.getStripExtNight()).isEqualTo("#A5D6A7");
    }

    /** What a settings form holds: a copy of the series with the version it loaded. */
    private Series form() {
        Series series = seasonService.series();
        Series form = new Series();
        form.setTitle(series.getTitle());
        form.setProduction(series.getProduction());
        form.setLanguages(series.getLanguages());
        form.setWorkbookLanguage(series.getWorkbookLanguage());
        form.setPaperSize(series.getPaperSize());
        form.setStripIntDay(series.getStripIntDay());
        form.setStripExtDay(series.getStripExtDay());
        form.setStripIntNight(series.getStripIntNight());
        form.setStripExtNight(series.getStripExtNight());
        form.setVersion(series.getVersion());
        return form;
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.getMessageKey()).isEqualTo(key));
    }
}
