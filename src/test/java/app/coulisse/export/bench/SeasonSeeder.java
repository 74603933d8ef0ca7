package app.coulisse.export.bench;

import app.coulisse.breakdown.BreakdownElement;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.MusicSource;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.StoryCatalogService;
import app.coulisse.outline.StoryCity;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.Company;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the season-scale room through the same services as the UI: 10 episodes of 60 scenes, 80
 * characters, 40 dance numbers, about 5 characters, 1 dance number and 2 elements per scene.
 */
final class SeasonSeeder {

    static final int EPISODES = 10;
    static final int SCENES_PER_EPISODE = 60;
    static final int CHARACTERS = 80;
    static final int DANCE_NUMBERS = 40;
    static final int CAST_PER_SCENE = 5;

    private static final TimeOfDay[] TIMES = {TimeOfDay.DAY, TimeOfDay.NIGHT, TimeOfDay.MORNING, TimeOfDay.DUSK};

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final StoryCatalogService storyCatalog;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;

    SeasonSeeder(SeasonService seasonService, OutlineService outlineService, StoryCatalogService storyCatalog,
                 CastService castService, DanceService danceService, BreakdownService breakdownService) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.storyCatalog = storyCatalog;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
    }

    /** Seeds the room and answers the id of the first episode. */
    long seed() {
        seasonService.createSeries("Étoile", "Benchmark room");
        Company newYork = seasonService.addCompany("Metropolitan Ballet Theater", "New York", "Lincoln Center", "#C62828");
        Company paris = seasonService.addCompany("Le Ballet National", "Paris", "The opera house", "#1565C0");
        storyCatalog.addStoryline("A", "The company swap", "#E53935");

        List<StoryCharacter> cast = new ArrayList<>();
        for (int i = 1; i <= CHARACTERS; i++) {
            cast.add(castService.createCharacter(new NewCharacter("Dancer Geneviève " + i, i, "Performer " + i,
                    (i % 2 == 0 ? paris : newYork).getId(), i % 3 != 0, CharacterCategory.SUPPORTING)));
        }
        List<DanceNumber> numbers = new ArrayList<>();
        for (int i = 1; i <= DANCE_NUMBERS; i++) {
            numbers.add(danceService.create(new DanceNumberDraft("Number " + i, "Classical", "Choreographer " + i,
                    "Composer", "Piece " + i, "M" + i, MusicSource.PLAYBACK, paris.getId(), 180,
                    Set.of(cast.get(i % CHARACTERS).getId(), cast.get((i + 1) % CHARACTERS).getId()), 12, java.math.BigDecimal.valueOf(20),
                    "23 dancers, tulle veils", 30, "veils")));
        }
        List<ElementCategory> categories = breakdownService.categories();
        BreakdownElement props = breakdownService.createElement(byName(categories, "Props").getId(), "Pointe shoes");
        BreakdownElement wardrobe = breakdownService.createElement(byName(categories, "Wardrobe").getId(), "Tulle veils");

        long firstEpisode = -1;
        for (int e = 1; e <= EPISODES; e++) {
            Episode episode = seasonService.createEpisode(String.valueOf(100 + e), "Episode " + e);
            firstEpisode = firstEpisode < 0 ? episode.getId() : firstEpisode;
            outlineService.createDefaultActs(episode.getId());
            for (int s = 0; s < SCENES_PER_EPISODE; s++) {
                Scene scene = outlineService.appendScene(episode.getId(), new SceneDraft(
                        OutlineService.DEFAULT_ACTS.get(s * OutlineService.DEFAULT_ACTS.size() / SCENES_PER_EPISODE),
                        s % 3 == 0 ? IntExt.EXT : IntExt.INT, "SET " + (s % 25), TIMES[s % TIMES.length], 1 + s / 10,
                        1 + s % 15, "=Synopsis of scene " + s + " with Geneviève", s % 2 == 0 ? StoryCity.PARIS
                        : StoryCity.NEW_YORK, "Stage " + (s % 4), List.of("A")));
                for (int c = 0; c < CAST_PER_SCENE; c++) {
                    castService.tag(scene.getId(), cast.get((s * 7 + c * 11 + e) % CHARACTERS).getId(), c < 3, c % 2 == 0);
                }
                danceService.link(scene.getId(), numbers.get((s + e) % DANCE_NUMBERS).getId(), null);
                breakdownService.tagElement(scene.getId(), props.getId(), 2, null);
                breakdownService.tagElement(scene.getId(), wardrobe.getId(), 23, "white");
            }
        }
        return firstEpisode;
    }

    private static ElementCategory byName(List<ElementCategory> categories, String name) {
        return categories.stream().filter(category -> category.getName().equals(name)).findFirst().orElseThrow();
    }
}
