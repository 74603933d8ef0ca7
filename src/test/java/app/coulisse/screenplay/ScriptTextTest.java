package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionService;
import app.coulisse.season.SeasonService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every import keeps each scene's text as typed elements with stable ids (record 049): read back exactly as shown,
 * notes and boneyard left out, dual dialogue and cue extensions kept; a revise import keeps the ids of the elements
 * it keeps or rewords and marks only those with the revision; a paste replaces the body, refused whole when it holds
 * a second heading.
 */
class ScriptTextTest extends SpringAppTest {

    static final String FIRST = """
            INT. ZZ STUDIO - DAY #1#

            MAYA laces her POINTE SHOES. [[She is late.]]

            MAYA (V.O.)
            (whispering)
            One more time.

            LUCAS
            Again?

            ZOE ^
            Again!

            ~A step, a turn

            > THE END <

            CUT TO:

            /* a cut line */

            EXT. ZZ ROOF - NIGHT #2#

            Lucas looks at the city. <b>Bold</b> & free.
            """;

    static final String REVISED = """
            INT. ZZ STUDIO - DAY #1#

            MAYA laces her POINTE SHOES. [[She is late.]]

            MAYA (V.O.)
            (whispering)
            One last time.

            LUCAS
            Again?

            ZOE ^
            Again!

            ~A step, a turn

            > THE END <

            CUT TO:

            EXT. ZZ ROOF - NIGHT #2#

            Lucas looks at the city. <b>Bold</b> & free.

            The sirens wail.
            """;

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    ScriptTextService texts;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    RevisionService revisionService;
    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private long episode;

    @BeforeEach
    void anImportedEpisode() {
        actAs("writer", "WRITER");
        episode = seasonService.createEpisode("190", "Le texte").getId();
        importService.commit(episode, "first.fountain", bytes(FIRST), ImportMode.APPEND, Set.of());
    }

    @Test
    void an_import_keeps_every_element_of_each_scene_in_order_as_shown_without_notes_or_boneyard() {
        List<StoredElement> first = texts.sceneText(scene("1").getId());

        assertThat(first).extracting(StoredElement::type).containsExactly(ElementType.HEADING, ElementType.ACTION,
                ElementType.CHARACTER, ElementType.PARENTHETICAL, ElementType.DIALOGUE, ElementType.CHARACTER,
                ElementType.DIALOGUE, ElementType.CHARACTER, ElementType.DIALOGUE, ElementType.LYRICS,
                ElementType.CENTERED, ElementType.TRANSITION);
        assertThat(first).extracting(StoredElement::text).containsExactly("INT. ZZ STUDIO - DAY",
                "MAYA laces her POINTE SHOES.", "MAYA (V.O.)", "(whispering)", "One more time.", "LUCAS", "Again?",
                "ZOE", "Again!", "A step, a turn", "THE END", "CUT TO:");
        assertThat(first).extracting(StoredElement::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(first.get(2).speaker()).isEqualTo("MAYA");
        assertThat(first.get(2).extension()).isEqualTo("(V.O.)");
        assertThat(first).filteredOn(StoredElement::dualDialogue).extracting(StoredElement::text)
                .containsExactly("LUCAS", "Again?", "ZOE", "Again!");
        assertThat(first).extracting(StoredElement::revisionId).containsOnlyNulls();
        assertThat(texts.sceneText(scene("2").getId())).extracting(StoredElement::text)
                .containsExactly("EXT. ZZ ROOF - NIGHT", "Lucas looks at the city. <b>Bold</b> & free.");
    }

    @Test
    void a_replace_import_stores_the_new_text_and_the_old_scenes_text_goes_with_them() {
        importService.commit(episode, "again.fountain", bytes(REVISED), ImportMode.REPLACE, Set.of());

        Map<Long, List<StoredElement>> byScene = texts.episodeText(episode);
        assertThat(byScene).containsOnlyKeys(scene("1").getId(), scene("2").getId());
        assertThat(byScene.get(scene("2").getId())).extracting(StoredElement::text).endsWith("The sirens wail.");
    }

    @Test
    void an_episode_text_is_read_in_one_statement_whatever_its_scene_count() {
        long small = statementsToRead(episode);
        long other = seasonService.createEpisode("191", "Long").getId();
        importService.commit(other, "long.fountain", LargeScreenplays.fountain("ODETTE", 60), ImportMode.APPEND,
                Set.of());

        assertThat(texts.episodeText(other)).hasSize(60);
        assertThat(statementsToRead(other)).isEqualTo(small).isEqualTo(1);
    }

    @Test
    void a_revise_import_keeps_the_ids_and_marks_only_the_changed_elements_with_the_revision() {
        List<StoredElement> before = texts.sceneText(scene("1").getId());
        List<StoredElement> roofBefore = texts.sceneText(scene("2").getId());

        importService.revise(episode, "blue.fountain", bytes(REVISED), false);

        long blue = revisionService.current(episode).id();
        List<StoredElement> after = texts.sceneText(scene("1").getId());
        assertThat(after).extracting(StoredElement::id).isEqualTo(before.stream().map(StoredElement::id).toList());
        assertThat(after.get(4).text()).isEqualTo("One last time.");
        assertThat(after).filteredOn(element -> element.revisionId() != null).extracting(StoredElement::text)
                .containsExactly("One last time.");
        assertThat(after.get(4).revisionId()).isEqualTo(blue);
        List<StoredElement> roof = texts.sceneText(scene("2").getId());
        assertThat(roof).extracting(StoredElement::text).containsExactly("EXT. ZZ ROOF - NIGHT",
                "Lucas looks at the city. <b>Bold</b> & free.", "The sirens wail.");
        assertThat(roof.subList(0, 2)).isEqualTo(roofBefore);
        assertThat(roof.get(2).revisionId()).isEqualTo(blue);
    }

    @Test
    void a_paste_replaces_the_body_keeps_the_heading_and_marks_nothing_on_the_original_draft() {
        long roof = scene("2").getId();
        long headingId = texts.sceneText(roof).getFirst().id();

        List<StoredElement> pasted = texts.pasteFountain(roof, """
                Lucas looks at the city.

                LUCAS
                (to himself)
                Tomorrow.
                """);

        assertThat(pasted).extracting(StoredElement::type).containsExactly(ElementType.HEADING, ElementType.ACTION,
                ElementType.CHARACTER, ElementType.PARENTHETICAL, ElementType.DIALOGUE);
        assertThat(pasted.getFirst().id()).isEqualTo(headingId);
        assertThat(pasted.getFirst().text()).isEqualTo("EXT. ZZ ROOF - NIGHT");
        assertThat(pasted).extracting(StoredElement::revisionId).containsOnlyNulls();
        assertThat(texts.sceneText(roof)).isEqualTo(pasted);
    }

    @Test
    void a_paste_that_starts_with_a_heading_takes_the_body_and_keeps_the_scenes_own_fields() {
        long roof = scene("2").getId();

        List<StoredElement> pasted = texts.pasteFountain(roof, "INT. ELSEWHERE - DAY\n\nSnow falls.\n");

        assertThat(pasted).extracting(StoredElement::text).containsExactly("EXT. ZZ ROOF - NIGHT", "Snow falls.");
        assertThat(scene("2").getSet().getName()).isEqualTo("ZZ ROOF");
    }

    @Test
    void a_paste_holding_a_second_scene_heading_is_refused_and_changes_nothing() {
        long roof = scene("2").getId();
        List<StoredElement> before = texts.sceneText(roof);

        assertThatThrownBy(() -> texts.pasteFountain(roof, "Snow falls.\n\nINT. KITCHEN - DAY\n\nTea.\n"))
                .isInstanceOf(DomainException.class).hasMessageContaining("screenplay.text.second-heading");

        assertThat(texts.sceneText(roof)).isEqualTo(before);
    }

    @Test
    void a_paste_in_a_revised_episode_marks_the_changed_elements_with_the_current_revision() {
        importService.revise(episode, "blue.fountain", bytes(REVISED), false);
        long blue = revisionService.current(episode).id();
        long roof = scene("2").getId();

        List<StoredElement> pasted = texts.pasteFountain(roof,
                "Lucas looks at the city. <b>Bold</b> & free.\n\nThe sirens stop.\n");

        assertThat(pasted.get(1).revisionId()).isNull();
        assertThat(pasted.get(2).text()).isEqualTo("The sirens stop.");
        assertThat(pasted.get(2).revisionId()).isEqualTo(blue);
    }

    @Test
    void a_production_user_may_read_the_text_but_not_paste() {
        long roof = scene("2").getId();
        actAs("production", "PRODUCTION");

        assertThat(texts.sceneText(roof)).hasSize(2);
        assertThatThrownBy(() -> texts.pasteFountain(roof, "Snow falls."))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long statementsToRead(long episodeId) {
        entityManager.flush();
        entityManager.clear();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            texts.episodeText(episodeId);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private Scene scene(String number) {
        return outlineService.scenes(episode).stream().filter(scene -> scene.getNumber().equals(number)).findFirst()
                .orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
