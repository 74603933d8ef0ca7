package app.coulisse.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.core.DomainException;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.season.SeasonService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Suggestions from an import are stored for review and never tagged on their own; accepting tags, rejecting keeps
 * them away through a revise import of the same scenes; accept all, edit then accept, roles.
 */
class SuggestionServiceTest extends SpringAppTest {

    private static final String WHITE = """
            INT. QQ STUDIO - DAY #1#

            Zizi laces her QQ LEGWARMERS. FOG drifts in. A QQ KAZOO hums.

            BARTHOLOMEW
            Again, from the top.

            INT. QQ STAGE - NIGHT #2#

            Zéphyrine Quince dances The Gilded Cage. A poster announces The Gilded Cage.
            """;

    private static final String BLUE = WHITE.replace("Again, from the top.", "Again, from the very top.");

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SuggestionService suggestionService;
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
    JdbcTemplate jdbc;

    private long episode;
    private long zephyrine;
    private long cage;

    @BeforeEach
    void anEpisodeImportedWithACatalog() {
        actAs("writer", "WRITER");
        zephyrine = castService.createCharacter(new NewCharacter("Zéphyrine Quince", null, null, null, true,
                CharacterCategory.SUPPORTING, "Zizi")).getId();
        castService.createCharacter(new NewCharacter("Bartholomew Quill", null, null, null, false, null));
        cage = danceService.create(new DanceNumberDraft("The Gilded Cage", "classical", null, null, null, null, null,
                null, null, Set.of(), 0, BigDecimal.ZERO, null, null, null)).getId();
        episode = seasonService.createEpisode("171", "Suggestions").getId();
        importService.commit(episode, "white.fountain", bytes(WHITE), ImportMode.APPEND, Set.of());
    }

    @Test
    void an_import_stores_suggestions_with_their_evidence_and_tags_none_of_them() {
        List<SuggestionView> pending = suggestionService.episodeSuggestions(episode, Set.of(SuggestionStatus.PENDING));

        assertThat(pending).extracting(SuggestionView::sceneNumber, SuggestionView::kind, SuggestionView::name,
                SuggestionView::categoryName).containsExactly(
                tuple("1", SuggestionKind.CHARACTER, "Zéphyrine Quince", null),
                tuple("1", SuggestionKind.ELEMENT, "Qq legwarmers", "Wardrobe"),
                tuple("1", SuggestionKind.ELEMENT, "Fog", "Special Effects"),
                tuple("1", SuggestionKind.ELEMENT, "Qq kazoo", null),
                tuple("2", SuggestionKind.CHARACTER, "Zéphyrine Quince", null),
                tuple("2", SuggestionKind.DANCE_NUMBER, "The Gilded Cage", null));
        SuggestionView zizi = pending.getFirst();
        assertThat(zizi.before() + "[" + zizi.words() + "]" + zizi.after())
                .isEqualTo("[Zizi] laces her QQ LEGWARMERS. FOG drifts in. A QQ KAZOO hums.");
        assertThat(suggestionService.pendingCounts(episode)).containsValues(4L, 2L);
        assertThat(castService.episodeCast(episode)).extracting(SceneAppearance::name)
                .containsExactly("Bartholomew Quill");
        assertThat(danceService.episodeLinks(episode)).isEmpty();
        assertThat(breakdownService.episodeElements(episode)).isEmpty();
    }

    @Test
    void accepting_tags_a_silent_appearance_a_dance_number_and_a_new_element_in_its_guessed_category() {
        List<SuggestionView> pending = suggestionService.episodeSuggestions(episode, Set.of(SuggestionStatus.PENDING));

        pending.stream().filter(s -> s.sceneNumber().equals("2"))
                .forEach(s -> suggestionService.accept(s.sceneId(), s.id(), SuggestionEdit.NONE));
        SuggestionView legwarmers = named(pending, "Qq legwarmers");
        SuggestionView shoes = suggestionService.accept(legwarmers.sceneId(), legwarmers.id(), SuggestionEdit.NONE);

        assertThat(shoes.status()).isEqualTo(SuggestionStatus.ACCEPTED);
        long stage = outlineService.scenes(episode).get(1).getId();
        assertThat(castService.sceneCast(stage)).extracting(SceneAppearance::characterId, SceneAppearance::speaking)
                .containsExactly(tuple(zephyrine, false));
        assertThat(danceService.sceneNumbers(stage)).extracting(DanceLink::danceNumberId).containsExactly(cage);
        assertThat(breakdownService.episodeElements(episode)).extracting(ElementLink::elementName,
                ElementLink::categoryName, ElementLink::quantity).containsExactly(tuple("Qq legwarmers", "Wardrobe", 1));
        assertThat(suggestionService.pendingCounts(episode)).containsOnlyKeys(outlineService.scenes(episode).get(0).getId());
    }

    @Test
    void an_element_without_a_category_is_accepted_once_the_reviewer_names_one_and_may_be_renamed() {
        SuggestionView kazoo = named(suggestionService.episodeSuggestions(episode, Set.of()), "Qq kazoo");
        long sound = category("sound-music");

        assertThatThrownBy(() -> suggestionService.accept(kazoo.sceneId(), kazoo.id(), SuggestionEdit.NONE))
                .isInstanceOf(DomainException.class).hasMessage("suggestion.category.required");
        assertThat(breakdownService.episodeElements(episode)).isEmpty();
        suggestionService.accept(kazoo.sceneId(), kazoo.id(), new SuggestionEdit("Kazoo (QQ band)", sound));

        assertThat(breakdownService.episodeElements(episode)).extracting(ElementLink::elementName,
                ElementLink::categoryId).containsExactly(tuple("Kazoo (QQ band)", sound));
        assertThatThrownBy(() -> suggestionService.reject(kazoo.sceneId(), kazoo.id())).hasMessage("suggestion.decided");
    }

    @Test
    void accept_all_of_a_scene_leaves_only_what_needs_a_category() {
        long studio = outlineService.scenes(episode).get(0).getId();

        assertThat(suggestionService.acceptAll(studio)).isEqualTo(3);

        assertThat(suggestionService.pending(studio)).extracting(SuggestionView::name).containsExactly("Qq kazoo");
        assertThat(breakdownService.sceneElements(studio)).extracting(ElementLink::elementName)
                .containsExactlyInAnyOrder("Qq legwarmers", "Fog");
    }

    @Test
    void a_rejected_suggestion_stays_rejected_through_a_revise_import_and_a_pending_one_keeps_its_id() {
        List<SuggestionView> before = suggestionService.episodeSuggestions(episode, Set.of(SuggestionStatus.PENDING));
        SuggestionView fog = named(before, "Fog");
        SuggestionView shoes = named(before, "Qq legwarmers");
        suggestionService.reject(fog.sceneId(), fog.id());

        importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        List<SuggestionView> after = suggestionService.episodeSuggestions(episode, Set.of(SuggestionStatus.PENDING));
        assertThat(after).extracting(SuggestionView::name).doesNotContain("Fog").contains("Qq legwarmers");
        assertThat(named(after, "Qq legwarmers").id()).isEqualTo(shoes.id());
        assertThat(suggestionService.suggestion(fog.id()).status()).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(breakdownService.episodeElements(episode)).isEmpty();
    }

    @Test
    void what_is_tagged_by_hand_before_a_revise_is_not_suggested_again() {
        long studio = outlineService.scenes(episode).get(0).getId();
        castService.tagByHand(studio, zephyrine);

        importService.revise(episode, "blue.fountain", bytes(BLUE), false);

        assertThat(suggestionService.pending(studio)).extracting(SuggestionView::kind)
                .doesNotContain(SuggestionKind.CHARACTER);
    }

    @Test
    void the_production_office_reads_suggestions_but_cannot_accept_or_reject_them() {
        SuggestionView first = suggestionService.episodeSuggestions(episode, Set.of()).getFirst();
        actAs("production", "PRODUCTION");

        assertThat(suggestionService.pending(first.sceneId())).isNotEmpty();
        assertThatThrownBy(() -> suggestionService.accept(first.sceneId(), first.id(), SuggestionEdit.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestionService.reject(first.sceneId(), first.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestionService.acceptAll(first.sceneId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void suggesting_again_reads_the_stored_script_with_what_the_catalog_learnt_since_the_import() {
        List<SuggestionView> before = suggestionService.episodeSuggestions(episode, Set.of(SuggestionStatus.PENDING));
        SuggestionView fog = named(before, "Fog");
        SuggestionView legwarmers = named(before, "Qq legwarmers");
        SuggestionView kazoo = named(before, "Qq kazoo");
        suggestionService.reject(fog.sceneId(), fog.id());
        suggestionService.accept(legwarmers.sceneId(), legwarmers.id(), SuggestionEdit.NONE);
        assertThat(before).extracting(SuggestionView::name).doesNotContain("Poster");
        breakdownService.createElement(category("props"), "Poster");

        int pending = suggestionService.suggestAgain(episode);

        List<SuggestionView> after = suggestionService.episodeSuggestions(episode, Set.of(SuggestionStatus.PENDING));
        assertThat(after).extracting(SuggestionView::name).doesNotContain("Fog", "Qq legwarmers")
                .containsOnlyOnce("Qq kazoo").containsOnlyOnce("Poster");
        assertThat(named(after, "Qq kazoo").id()).as("a pending one keeps its id").isEqualTo(kazoo.id());
        assertThat(pending).isEqualTo(after.size());
        assertThat(suggestionService.suggestion(fog.id()).status()).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(suggestionService.suggestion(legwarmers.id()).status()).isEqualTo(SuggestionStatus.ACCEPTED);
        assertThat(suggestionService.suggestAgain(episode)).as("asked twice, nothing new").isEqualTo(pending);
        assertThat(suggestionService.episodeSuggestions(episode, Set.of())).hasSize(after.size() + 2);
    }

    @Test
    void suggesting_again_in_one_scene_reads_only_that_scene_and_is_refused_to_the_production_office() {
        long studio = outlineService.scenes(episode).get(0).getId();
        long stage = outlineService.scenes(episode).get(1).getId();
        jdbc.update("delete from scene_suggestion");

        assertThat(suggestionService.suggestAgainInScene(stage)).isEqualTo(2);
        assertThat(suggestionService.pending(studio)).isEmpty();
        assertThat(suggestionService.pending(stage)).extracting(SuggestionView::name)
                .containsExactly("Zéphyrine Quince", "The Gilded Cage");
        actAs("production", "PRODUCTION");
        assertThatThrownBy(() -> suggestionService.suggestAgain(episode)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestionService.suggestAgainInScene(stage))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long category(String seedKey) {
        return breakdownService.categories().stream().filter(c -> seedKey.equals(c.getSeedKey()))
                .map(ElementCategory::getId).findFirst().orElseThrow();
    }

    private static SuggestionView named(List<SuggestionView> suggestions, String name) {
        return suggestions.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
