package app.coulisse.demo;

import app.coulisse.cast.CastService;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.readiness.PartDraft;
import app.coulisse.dance.readiness.PartsService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo's parts and covers (record 054): every part of every number has a ready first cast, except the big swan
 * of "Corps de Ballet in Pieces", whose first cast and cover are not signed off yet, so that number is no go on its
 * first shoot day; the Nymph of "The Veil" has a ready cover, who goes in when Cheyenne is out. The daily class has
 * no parts: whoever takes class dances it. The parts are seeded under keys of the bundles, so a French reader
 * sees "Grand cygne" where an English one sees "Big swan", until someone renames them.
 */
@Component
class DemoReadiness {

    private final DanceService danceService;
    private final CastService castService;
    private final PartsService partsService;

    DemoReadiness(DanceService danceService, CastService castService, PartsService partsService) {
        this.danceService = danceService;
        this.castService = castService;
        this.partsService = partsService;
    }

    void write() {
        Map<String, StoryCharacter> cast = castService.characters().stream()
                .collect(Collectors.toMap(StoryCharacter::getName, Function.identity(), (a, b) -> a));
        Map<String, DanceNumber> numbers = danceService.danceNumbers().stream()
                .collect(Collectors.toMap(DanceNumber::getTitle, Function.identity()));
        Parts parts = new Parts(cast);
        parts.add(numbers.get("The Veil"), "nymph", "The Nymph", "Cheyenne Toussaint", true, "Élodie Marchand", true);
        parts.add(numbers.get("The Veil"), "faun", "The Faun", "Gael", true, "Raphaël Dubois", false);
        parts.add(numbers.get("First Partnering"), "juliet", "Juliet", "Cheyenne Toussaint", true, null, false);
        parts.add(numbers.get("First Partnering"), "romeo", "Romeo", "Gael", true, null, false);
        parts.add(numbers.get("Corps de Ballet in Pieces"), "odette", "Odette", "Marisol Vega", true, "Priya Raman",
                false);
        parts.add(numbers.get("Corps de Ballet in Pieces"), "von-rothbart", "Von Rothbart", "Dmitri Orlov", true, null,
                false);
        parts.add(numbers.get("Corps de Ballet in Pieces"), "big-swan", "Big swan", "Priya Raman", false,
                "Marisol Vega", false);
        parts.add(numbers.get("Seine Solo"), "solo", "Solo", "Tobias Bell", true, null, false);
    }

    /** Adds parts and signs off who is ready, as the choreographer would. */
    private final class Parts {

        private final Map<String, StoryCharacter> cast;

        Parts(Map<String, StoryCharacter> cast) {
            this.cast = cast;
        }

        /** A part seeded under a key of the bundles, so it shows in the reader's language until renamed. */
        void add(DanceNumber number, String key, String name, String first, boolean firstReady, String cover,
                 boolean coverReady) {
            long firstId = cast.get(first).getId();
            List<Long> covers = cover == null ? List.of() : List.of(cast.get(cover).getId());
            long partId = partsService.addSeededPart(number.getId(), new PartDraft(name, 1, firstId, covers), key);
            if (firstReady) {
                partsService.signOff(partId, firstId);
            }
            if (coverReady) {
                partsService.signOff(partId, covers.getFirst());
            }
        }
    }
}
