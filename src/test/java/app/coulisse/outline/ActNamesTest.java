package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.season.SeasonService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An episode's acts have distinct names (issue 14), checked once in the service, said in both languages. */
class ActNamesTest extends SpringAppTest {

    @Autowired
    OutlineService outlineService;

    @Autowired
    SeasonService seasonService;

    @Test
    void a_second_act_of_the_same_name_is_refused_whatever_the_case_and_renaming_to_itself_is_fine() {
        actAs("writer", "WRITER");
        long episodeId = seasonService.createEpisode("962", "Acts").getId();
        List<Act> acts = outlineService.board(episodeId).acts();
        String second = acts.get(1).getName();
        Act renamed = outlineService.renameAct(acts.get(1).getId(), acts.get(1).getVersion(),
                second.toLowerCase(Locale.ROOT));
        assertThat(renamed.getName())
                .isEqualTo(second.toLowerCase(Locale.ROOT));

        assertThatThrownBy(() -> outlineService.addAct(episodeId, second.toUpperCase(Locale.ROOT)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("act.name.taken");
                    assertThat(Messages.bundled().get(refused.getMessageKey(), Locale.FRENCH, refused.getArguments()))
                            .isEqualTo("L'épisode a déjà un acte nommé " + second.toUpperCase(Locale.ROOT) + ".");
                });
        assertThatThrownBy(() -> outlineService.renameAct(acts.get(0).getId(), acts.get(0).getVersion(), " " + second + " "))
                .isInstanceOf(DomainException.class).hasMessage("act.name.taken");
    }

    @Test
    void an_over_long_or_empty_name_is_refused_with_the_limit() {
        actAs("writer", "WRITER");
        long episodeId = seasonService.createEpisode("963", "Acts").getId();
        assertThatThrownBy(() -> outlineService.addAct(episodeId, "A".repeat(61)))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(
                        Messages.bundled().get(refused.getMessageKey(), Locale.ENGLISH, refused.getArguments()))
                        .isEqualTo("The act name is too long: 60 characters at most."));
        assertThatThrownBy(() -> outlineService.addAct(episodeId, "  ")).hasMessage("act.name.required");
    }
}
