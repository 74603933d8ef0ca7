package app.coulisse.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementLink;
import app.coulisse.breakdown.SceneElement;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.SceneDanceNumber;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.revision.Revision;
import app.coulisse.revision.RevisionService;
import app.coulisse.season.SeasonService;
import app.coulisse.ui.MaxLength;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tag's note and a revision's label are limited once, on their entity (issue 28): the service refuses through the
 * validator with the message it always gave, and the screen's field reads the same limit.
 */
class LimitsDeclaredOnceTest extends SpringAppTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    BreakdownService breakdownService;
    @Autowired
    DanceService danceService;
    @Autowired
    RevisionService revisionService;

    @Test
    void a_note_of_201_characters_is_refused_on_a_tag_and_one_of_200_is_kept() {
        actAs("showrunner", "SHOWRUNNER");
        long episode = seasonService.createEpisode("971", "Limits").getId();
        long scene = outlineService.appendScene(episode, new SceneDraft(null, IntExt.INT, "STUDIO", TimeOfDay.DAY, 1,
                8, null, null, null, List.of())).getId();
        long element = breakdownService.createElement(breakdownService.categories().get(3).getId(), "Fan").getId();
        long number = danceService.create(DanceNumberDraft.titled("Limits waltz")).getId();

        assertRefused(() -> breakdownService.tagElement(scene, element, 1, "n".repeat(201)), "element.note.too-long");
        assertRefused(() -> danceService.link(scene, number, "n".repeat(201)), "dance.note.too-long");
        assertThat(breakdownService.sceneElements(scene)).isEmpty();
        assertThat(danceService.sceneNumbers(scene)).isEmpty();

        breakdownService.tagElement(scene, element, 1, "n".repeat(200));
        assertThat(breakdownService.sceneElements(scene)).extracting(ElementLink::note).containsExactly("n".repeat(200));
    }

    @Test
    void a_revision_label_of_121_characters_is_refused_with_its_limit() {
        actAs("showrunner", "SHOWRUNNER");
        long episode = seasonService.createEpisode("972", "Labels").getId();

        assertThatThrownBy(() -> revisionService.startNext(episode, "l".repeat(121)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("revision.label.too-long");
                    assertThat(refused.getArguments()).startsWith(120);
                });
        assertThat(revisionService.startNext(episode, "  " + "l".repeat(120) + "  ").label()).isEqualTo("l".repeat(120));
    }

    @Test
    void the_screens_read_the_limits_the_entities_declare() {
        assertThat(MaxLength.of(SceneElement.class, "note")).isEqualTo(200);
        assertThat(MaxLength.of(SceneDanceNumber.class, "note")).isEqualTo(200);
        assertThat(MaxLength.of(Revision.class, "label")).isEqualTo(120);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.getMessageKey()).isEqualTo(key));
    }
}
