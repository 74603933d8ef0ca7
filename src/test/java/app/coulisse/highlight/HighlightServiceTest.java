package app.coulisse.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.revision.RevisionService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.RevisionImport;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScriptTextService;
import app.coulisse.screenplay.StoredElement;
import app.coulisse.season.SeasonService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Words selected in the script become tags that keep their highlight; a refused selection changes nothing; a revise
 * import carries every highlight onto its words, and flags, never drops, the tag whose words were cut.
 */
public class HighlightServiceTest extends SpringAppTest {

    public static final String WHITE = """
            INT. ZZ STUDIO ONE - DAY #1#

            MARISOL laces her pointe shoes by the barre. The pianist plays a waltz.

            MARISOL
            My tutu is torn.

            EXT. ZZ ROOFTOP - NIGHT #2#

            GAEL smokes under the water tower.
            """;

    /** Scene 1 gains words before the shoes and loses the waltz. */
    public static final String BLUE = """
            INT. ZZ STUDIO ONE - DAY #1#

            At dawn, MARISOL laces her pointe shoes by the barre. The pianist hums.

            MARISOL
            My tutu is torn.

            EXT. ZZ ROOFTOP - NIGHT #2#

            GAEL smokes under the water tower.
            """;

    @Autowired
    HighlightService highlights;
    @Autowired
    ScreenplayImportService importService;
    @Autowired
    ScriptTextService scriptText;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    DanceService danceService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    RevisionService revisionService;
    @Autowired
    JdbcTemplate jdbc;

    private long episode;
    private long wardrobe;

    @BeforeEach
    void anImportedEpisode() {
        actAs("writer", "WRITER");
        episode = seasonService.createEpisode("171", "Surlignages").getId();
        importService.commit(episode, "white.fountain", bytes(WHITE), ImportMode.APPEND, Set.of());
        wardrobe = breakdownService.categories().stream().filter(c -> "Wardrobe".equals(c.getName())).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void selected_words_become_a_new_element_tagged_in_the_scene_with_its_highlight() {
        Highlight made = tag(select("1", "pointe shoes"),
                new TagTarget.Element(null, wardrobe, "ZZ pointe shoes", 2, "Marisol's"));

        assertThat(made.kind()).isEqualTo(TagKind.ELEMENT);
        assertThat(made.words()).isEqualTo("pointe shoes");
        assertThat(made.name()).isEqualTo("ZZ pointe shoes");
        assertThat(made.colour()).isEqualTo("#00ACC1");
        assertThat(breakdownService.sceneElements(scene("1").getId())).extracting(ElementLink::elementName,
                ElementLink::quantity, ElementLink::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ZZ pointe shoes", 2, "Marisol's"));
        assertThat(highlights.sceneHighlights(scene("1").getId())).containsExactly(made);
    }

    @Test
    void a_selection_is_trimmed_of_the_spaces_around_its_words() {
        Selection padded = select("1", " pointe shoes ");

        Highlight made = tag(padded, new TagTarget.DanceNumber(null, "ZZ Barre waltz", null));

        assertThat(made.words()).isEqualTo("pointe shoes");
        assertThat(made.range().end() - made.range().start()).isEqualTo("pointe shoes".length());
    }

    @Test
    void a_selection_across_two_scenes_an_empty_one_or_one_across_paragraphs_is_refused_and_changes_nothing() {
        Selection one = select("1", "pointe shoes");
        Selection two = select("2", "water tower");
        List<Object> before = counts();

        assertRefused(new Selection(one.startSceneId(), one.startElementId(), one.startOffset(), two.endSceneId(),
                two.endElementId(), two.endOffset()), "highlight.selection.two-scenes");
        assertRefused(new Selection(one.startSceneId(), one.startElementId(), 5, one.endSceneId(), one.endElementId(),
                5), "highlight.selection.empty");
        assertRefused(new Selection(one.startSceneId(), one.startElementId(), 7, one.endSceneId(), one.endElementId(),
                8), "highlight.selection.empty");
        long dialogue = element("1", "My tutu is torn.").id();
        assertRefused(new Selection(one.startSceneId(), one.startElementId(), 0, one.endSceneId(), dialogue, 2),
                "highlight.selection.two-paragraphs");
        assertRefused(new Selection(one.startSceneId(), element("2", "water tower").id(), 0, one.endSceneId(),
                element("2", "water tower").id(), 4), "highlight.selection.stale");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void words_of_an_omitted_scene_cannot_be_tagged() {
        Selection selection = select("2", "water tower");
        outlineService.omitScene(scene("2").getId());
        List<Object> before = counts();

        assertRefused(selection, "highlight.selection.omitted");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_production_user_reads_highlights_but_cannot_make_one() {
        Selection selection = select("1", "pointe shoes");
        actAs("production", "PRODUCTION");

        assertThatThrownBy(() -> tag(selection, new TagTarget.Character(null, "ZZ Intruder")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(highlights.sceneHighlights(scene("1").getId())).isEmpty();
    }

    @Test
    void a_highlight_removed_leaves_its_tag_and_a_tag_removed_takes_its_highlights() {
        long sceneId = scene("1").getId();
        Highlight shoes = tag(select("1", "pointe shoes"),
                new TagTarget.Element(null, wardrobe, "ZZ pointe shoes", 1, null));
        Highlight tutu = tag(select("1", "tutu"),
                new TagTarget.Element(null, wardrobe, "ZZ tutu", 1, null));

        highlights.remove(shoes.sceneId(), shoes.id());
        breakdownService.untagElement(sceneId, tutu.targetId());

        assertThat(breakdownService.sceneElements(sceneId)).extracting(ElementLink::elementName)
                .containsExactly("ZZ pointe shoes");
        assertThat(highlights.sceneHighlights(sceneId)).isEmpty();
    }

    @Test
    void a_highlight_retagged_keeps_its_words_under_the_new_tag() {
        long sceneId = scene("1").getId();
        long marisol = castService.sceneCast(sceneId).getFirst().characterId();
        Highlight wrong = tag(select("1", "MARISOL laces"),
                new TagTarget.DanceNumber(null, "ZZ Laces", null));

        Highlight right = highlights.retag(wrong.sceneId(), wrong.id(), new TagTarget.Character(marisol, null));

        assertThat(right.kind()).isEqualTo(TagKind.CHARACTER);
        assertThat(right.words()).isEqualTo("MARISOL laces");
        assertThat(right.range()).isEqualTo(wrong.range());
        assertThat(highlights.sceneHighlights(sceneId)).containsExactly(right);
    }

    @Test
    void the_blue_revision_moves_surviving_highlights_onto_their_words_and_flags_the_one_whose_words_were_cut() {
        long sceneId = scene("1").getId();
        tag(select("1", "pointe shoes"), new TagTarget.Element(null, wardrobe, "ZZ pointe shoes", 1,
                null));
        tag(select("1", "waltz"), new TagTarget.DanceNumber(null, "ZZ Barre waltz", null));
        tag(select("1", "tutu"), new TagTarget.Element(null, wardrobe, "ZZ tutu", 1, null));

        importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        List<Highlight> after = highlights.sceneHighlights(sceneId);
        String action = element("1", "pointe shoes").text();
        Highlight shoes = only(after, "ZZ pointe shoes");
        assertThat(shoes.needsCheck()).isFalse();
        assertThat(action.substring(shoes.range().start(), shoes.range().end())).isEqualTo("pointe shoes");
        assertThat(only(after, "ZZ tutu").needsCheck()).isFalse();
        Highlight waltz = only(after, "ZZ Barre waltz");
        assertThat(waltz.needsCheck()).isTrue();
        assertThat(waltz.words()).isEqualTo("waltz");
        assertThat(danceService.sceneNumbers(sceneId)).extracting(DanceLink::title).containsExactly("ZZ Barre waltz");
        assertThat(highlights.flagged(episode)).containsExactly(waltz);
        assertThat(highlights.flaggedCounts(episode)).containsExactly(java.util.Map.entry(sceneId, 1L));
        assertThat(jdbc.queryForObject("select check_revision_id from tag_anchor where id = ?", Long.class, waltz.id()))
                .isEqualTo(revisionService.current(episode).id());
    }

    @Test
    void a_flagged_highlight_stays_flagged_through_the_next_revision() {
        long sceneId = scene("1").getId();
        tag(select("1", "waltz"), new TagTarget.DanceNumber(null, "ZZ Barre waltz", null));
        importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        importService.revise(episode, "pink.fountain", bytes(BLUE.replace("water tower", "moon")), false);

        assertThat(highlights.sceneHighlights(sceneId)).singleElement().satisfies(highlight -> {
            assertThat(highlight.needsCheck()).isTrue();
            assertThat(highlight.words()).isEqualTo("waltz");
        });
    }

    @Test
    void the_revise_preview_names_the_highlights_the_file_would_flag_and_the_commit_flags_exactly_those() {
        tag(select("1", "pointe shoes"), new TagTarget.Element(null, wardrobe, "ZZ pointe shoes", 1, null));
        tag(select("1", "waltz"), new TagTarget.DanceNumber(null, "ZZ Barre waltz", null));
        tag(select("2", "water tower"), new TagTarget.Element(null, wardrobe, "ZZ water tower", 1, null));
        long marisol = castService.sceneCast(scene("1").getId()).stream().filter(SceneAppearance::speaking)
                .findFirst().orElseThrow().characterId();
        tag(select("1", "MARISOL"), new TagTarget.Character(marisol, null));
        // Scene 1 loses the waltz and Marisol (her cue too: her tag from the file goes, and its highlight with it).
        String pink = BLUE.replace("water tower", "moon").replace("MARISOL", "GAEL");

        RevisionImport preview = importService.previewRevision(episode, "pink.fountain", bytes(pink));
        List<Highlight> wouldFlag = highlights.wouldFlag(episode, preview.texts());

        assertThat(wouldFlag).extracting(Highlight::name).containsExactlyInAnyOrder("ZZ Barre waltz", "ZZ water tower");
        assertThat(highlights.flagged(episode)).isEmpty();
        importService.revise(episode, "pink.fountain", bytes(pink), false);
        assertThat(highlights.flagged(episode)).extracting(Highlight::id)
                .containsExactlyInAnyOrderElementsOf(wouldFlag.stream().map(Highlight::id).toList());
        assertThat(highlights.episodeHighlights(episode)).extracting(Highlight::name)
                .containsExactlyInAnyOrder("ZZ pointe shoes", "ZZ Barre waltz", "ZZ water tower");
    }

    @Test
    void a_scene_whose_heading_changed_but_not_its_words_keeps_its_highlights() {
        String wings = """
                INT. ZZ WINGS - NIGHT

                MARISOL waits in the wings with her pointe shoes in one hand and a cold coffee in the other,
                counting the bars of the overture under her breath while the stage manager calls places.
                """;
        episode = seasonService.createEpisode("172", "Coulisses").getId();
        importService.commit(episode, "wings.fountain", bytes(wings), ImportMode.APPEND, Set.of());
        long sceneId = scene("1").getId();
        Highlight shoes = tag(select("1", "pointe shoes"), new TagTarget.Element(null, wardrobe, "ZZ pointe shoes", 1,
                null));

        importService.revise(episode, "corridor.fountain",
                bytes(wings.replace("INT. ZZ WINGS", "INT. ZZ BACKSTAGE CORRIDOR")), false);

        assertThat(outlineService.scenes(episode)).singleElement().satisfies(scene -> {
            assertThat(scene.getId()).isEqualTo(sceneId);
            assertThat(scene.isOmitted()).isFalse();
            assertThat(scene.getSet().getName()).contains("BACKSTAGE CORRIDOR");
        });
        assertThat(highlights.sceneHighlights(sceneId)).singleElement().satisfies(highlight -> {
            assertThat(highlight.id()).isEqualTo(shoes.id());
            assertThat(highlight.needsCheck()).isFalse();
            assertThat(highlight.words()).isEqualTo("pointe shoes");
        });
    }

    private void assertRefused(Selection selection, String key) {
        assertThatThrownBy(() -> tag(selection, new TagTarget.Character(null, "ZZ Nobody")))
                .isInstanceOf(DomainException.class).hasMessage(key);
    }

    private static Highlight only(List<Highlight> highlights, String name) {
        return highlights.stream().filter(highlight -> highlight.name().equals(name)).findFirst().orElseThrow();
    }

    /** The selection of the first occurrence of {@code words} in scene {@code number}'s text. */
    /** Tags a selection in the scene it starts in, as the script pane does. */
    private Highlight tag(Selection selection, TagTarget target) {
        return highlights.highlight(selection.startSceneId(), selection, target);
    }

    private Selection select(String number, String words) {
        long sceneId = scene(number).getId();
        StoredElement element = element(number, words.strip());
        int start = element.text().indexOf(words.strip()) - (words.length() - words.stripLeading().length());
        return new Selection(sceneId, element.id(), start, sceneId, element.id(), start + words.length());
    }

    private StoredElement element(String number, String words) {
        return scriptText.sceneText(scene(number).getId()).stream().filter(e -> e.text().contains(words)).findFirst()
                .orElseThrow();
    }

    private Scene scene(String number) {
        return outlineService.scenes(episode).stream().filter(s -> number.equals(s.getNumber())).findFirst()
                .orElseThrow();
    }

    private List<Object> counts() {
        return List.of(count("story_character"), count("appearance"), count("dance_number"),
                count("scene_dance_number"), count("breakdown_element"), count("scene_element"), count("tag_anchor"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
