package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.season.SeasonService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 27: two imports that create the same new character at the same moment both go through, as they would one
 * after the other: one creates the character, the other matches it. Two threads held together until both have
 * parsed, so both plan before either commits; the imports commit for real and are deleted after.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentImportsTest extends SpringAppTest {

    private static final String NAME = "ZELDA NOVAK";
    private static final byte[] FILE = ("INT. STAGE - DAY\n\n" + NAME + "\nWe open tonight.\n")
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    CastService castService;

    private final List<Long> episodes = new ArrayList<>();
    private final CyclicBarrier bothParsed = new CyclicBarrier(2);

    @BeforeEach
    void twoEpisodesAndReadersThatWaitForEachOther() {
        actAs("showrunner", "SHOWRUNNER");
        episodes.add(seasonService.createEpisode("951", "Race one").getId());
        episodes.add(seasonService.createEpisode("952", "Race two").getId());
        Readers.use(importService, new ScreenplayReader() {
            @Override
            public Screenplay read(String fileName, byte[] content) throws UnreadableScreenplayException {
                Screenplay screenplay = super.read(fileName, content);
                try {
                    bothParsed.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return screenplay;
            }
        });
    }

    @AfterEach
    void deleteWhatTheImportsMade() {
        Readers.restore(importService);
        actAs("showrunner", "SHOWRUNNER");
        episodes.forEach(seasonService::deleteEpisode);
        castService.characters().stream().filter(character -> character.getName().equalsIgnoreCase(NAME))
                .forEach(character -> castService.deleteCharacter(character.getId()));
        actAsNobody();
    }

    @Test
    void two_imports_creating_the_same_character_at_once_both_succeed_with_one_character() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportResult>> imports = new ArrayList<>();
            for (long episode : episodes) {
                imports.add(threads.submit(() -> {
                    actAs("writer", "WRITER");
                    return importService.commit(episode, "race.fountain", FILE, ImportMode.APPEND, Set.of());
                }));
            }
            List<ImportResult> results = new ArrayList<>();
            for (Future<ImportResult> done : imports) {
                results.add(done.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).allSatisfy(result -> assertThat(result.scenes()).hasSize(1));
            assertThat(results.stream().mapToInt(result -> result.charactersCreated().size()).sum())
                    .as("created once, matched once").isEqualTo(1);
            actAs("showrunner", "SHOWRUNNER");
            List<StoryCharacter> zeldas = castService.characters().stream()
                    .filter(character -> character.getName().equalsIgnoreCase(NAME)).toList();
            assertThat(zeldas).hasSize(1);
            assertThat(castService.appearancesOf(zeldas.getFirst().getId())).hasSize(2);
        } finally {
            threads.shutdownNow();
        }
    }
}
