package app.coulisse.sides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.outline.OutlineService;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.schedule.ShootDayService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.season.SeasonService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A shoot day's sides printed and read back, as the office hands them out and as a performer gets theirs. */
class SidesServiceTest extends SpringAppTest {

    @Autowired
    SidesService sides;
    @Autowired
    ProductionPlanService plans;
    @Autowired
    ShootDayService shootDays;
    @Autowired
    ScriptTextService scriptText;
    @Autowired
    OutlineService outline;
    @Autowired
    CastService castService;
    @Autowired
    SeasonService seasonService;

    int season;
    ProductionPlan.BoardDay day;

    @BeforeEach
    void aDayWithALongSpeech() {
        actAs("showrunner", "SHOWRUNNER");
        season = seasonService.currentSeason().getNumber();
        day = plans.plan(season).days().stream().filter(d -> d.type() == DayType.SHOOT && d.strips().size() >= 3)
                .findFirst().orElseThrow();
        String speech = IntStream.rangeClosed(1, 70).mapToObj(i -> "Line " + i + " of the long speech.")
                .collect(Collectors.joining("\n"));
        scriptText.pasteFountain(day.strips().get(1).sceneId(),
                "Maya laces her pointe shoes.\n\nMAYA\n(to herself)\n" + speech + "\n\nShe stands.\n");
        actAs("production", "PRODUCTION");
    }

    private String text(Integer castId, Locale locale) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        sides.print(season, day.id(), castId, locale, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The scene list the header prints on the first page. */
    private static List<String> listedScenes(String text, String prefix) {
        String line = text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        return Arrays.stream(line.substring(prefix.length()).split(",")).map(String::strip).toList();
    }

    @Test
    void the_days_scenes_print_in_shooting_order_with_their_text_or_heading_and_synopsis() throws IOException {
        String text = text(null, Locale.ENGLISH);
        List<String> numbers = day.strips().stream().map(ProductionPlan.Strip::sceneNumber).toList();
        assertThat(listedScenes(text, "Scenes in shooting order: ")).containsExactlyElementsOf(numbers);

        int at = -1;
        for (ProductionPlan.Strip strip : day.strips()) {
            var scene = outline.scene(strip.sceneId());
            String printed = strip == day.strips().get(1) ? "Maya laces her pointe shoes."
                    : scene.heading(Messages.bundled(), Locale.ENGLISH);
            int found = text.indexOf(printed, at + 1);
            assertThat(found).as("scene %s after the one before", strip.sceneNumber()).isGreaterThan(at);
            at = found;
        }
        ProductionPlan.Strip withoutText = day.strips().getFirst();
        String synopsis = outline.scene(withoutText.sceneId()).getSynopsis();
        assertThat(text.replaceAll("\\s+", " ")).contains(synopsis.strip().split("\\s+")[0]);
        assertThat(text).contains("Day " + day.number() + " of ").contains(day.unitName());
    }

    @Test
    void a_long_speech_breaks_across_pages_with_more_and_contd() throws IOException {
        String text = text(null, Locale.ENGLISH);
        assertThat(text).contains("(MORE)").contains("MAYA (CONT'D)").contains("Line 70 of the long speech.");
        assertThat(text.indexOf("(MORE)")).isLessThan(text.indexOf("MAYA (CONT'D)"));
        assertThat(text).contains("Page 1 of ").contains("Page 2 of ");
    }

    @Test
    void every_page_carries_the_readers_name() throws IOException {
        String text = text(null, Locale.ENGLISH);
        int pages = Integer.parseInt(text.lines().filter(l -> l.contains("Page 1 of ")).findFirst().orElseThrow()
                .replaceAll(".*Page 1 of (\\d+).*", "$1"));
        assertThat(text.split("Printed for production: do not copy", -1)).hasSize(pages + 1);
        // The name across the page is drawn at an angle: extraction gives its letters apart, so spaces are ignored.
        assertThat(text.replaceAll("\\s+", "").split("production", -1).length - 1).isEqualTo(2 * pages);
    }

    @Test
    void a_performers_sides_hold_only_their_scenes_with_their_name() throws IOException {
        ProductionPlan.Strip second = day.strips().get(1);
        int castId = day.strips().stream().flatMap(s -> s.castIds().stream()).distinct()
                .filter(id -> day.strips().stream().anyMatch(s -> !s.castIds().contains(id)))
                .findFirst().orElseThrow();
        List<String> theirs = day.strips().stream().filter(s -> s.castIds().contains(castId))
                .map(ProductionPlan.Strip::sceneNumber).toList();
        String text = text(castId, Locale.ENGLISH);
        assertThat(listedScenes(text, "Scenes in shooting order: ")).containsExactlyElementsOf(theirs)
                .hasSizeLessThan(day.strips().size());
        StoryCharacter character = castService.characters().stream().filter(c -> c.getCastId() == castId)
                .findFirst().orElseThrow();
        assertThat(text).contains("Printed for " + character.getPerformer());
        assertThat(text.contains("Maya laces her pointe shoes.")).isEqualTo(second.castIds().contains(castId));
        assertThat(sides.performers(season, day.id())).extracting(SidesService.Performer::castId).contains(castId);
    }

    @Test
    void dual_dialogue_prints_side_by_side_both_speeches_on_the_same_lines() throws IOException {
        actAs("showrunner", "SHOWRUNNER");
        scriptText.pasteFountain(day.strips().get(2).sceneId(), "They count the phrase together.\n\n"
                + "CHEYENNE\n(in French)\nUn, deux, trois, quatre.\n\n"
                + "GAEL ^\nFive, six, seven, eight, and again from the top.\n\nThey stop.\n");
        actAs("production", "PRODUCTION");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        sides.print(season, day.id(), null, Locale.ENGLISH, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(document).lines().map(String::strip).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line).matches(".*CHEYENNE\\s+.*GAEL.*"));
            assertThat(lines).anySatisfy(line -> assertThat(line).matches(".*\\(in French\\)\\s+.*Five, six, seven, eight,.*"));
            assertThat(lines).anySatisfy(line -> assertThat(line).matches(".*Un, deux, trois,.*\\s+.*again.*"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("They stop."));
        }
    }

    @Test
    void the_sides_speak_french_for_a_french_crew() throws IOException {
        String text = text(null, Locale.FRENCH);
        assertThat(text).contains("Séquences dans l'ordre de tournage").contains("Jour " + day.number() + " sur ")
                .contains("Imprimé pour production");
    }

    @Test
    void a_day_without_scenes_or_a_performer_not_in_it_is_refused_with_a_message() {
        ProductionPlan.BoardDay empty = plans.plan(season).days().stream().filter(d -> d.strips().isEmpty())
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> sides.print(season, empty.id(), null, Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "sides.day.no-scenes");
        int absent = castService.characters().stream().map(StoryCharacter::getCastId)
                .filter(id -> day.strips().stream().noneMatch(s -> s.castIds().contains(id))).findFirst().orElseThrow();
        assertThatThrownBy(() -> sides.print(season, day.id(), absent, Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "sides.performer.not-in-day");
    }

    @Test
    void a_writer_may_not_print_sides() {
        actAs("writer", "WRITER");
        assertThatThrownBy(() -> sides.print(season, day.id(), null, Locale.ENGLISH, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
