package app.coulisse.export.bench;

import app.coulisse.dance.MusicSource;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.DanceNumber;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SceneElement;
import app.coulisse.export.model.SeasonBreakdown;
import app.coulisse.export.model.SeriesInfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic, season-scale Étoile in memory: about five characters and one dance number per
 * scene, a few elements, every tenth scene omitted. Shared by the benchmark and the tests.
 */
public final class SeasonDataSet {

    private static final String[] TIMES = {"DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER"};
    private static final String[] INT_EXT = {"INT", "EXT", "INT/EXT"};
    private static final String[] SETS = {"MBT - JACK'S OFFICE", "MBT - REHEARSAL STUDIO A", "PALAIS GARNIER - STAGE",
            "BALLET NATIONAL - LOGE DE GENEVIÈVE", "CENTRAL PARK - BETHESDA TERRACE", "TAXI - MOVING",
            "CAFÉ DE LA PAIX", "JFK - ARRIVALS"};
    private static final List<ElementCategory> CATEGORIES = List.of(
            new ElementCategory("Background", "#A5D6A7", 3), new ElementCategory("Props", "#800080", 6),
            new ElementCategory("Wardrobe", "#FFCC80", 9), new ElementCategory("Makeup/Hair", "#F8BBD0", 10),
            new ElementCategory("Sound/Music", "#A1887F", 13), new ElementCategory("Notes", "#EEEEEE", 17));
    private static final String[][] ELEMENTS = {{"Props", "Silk veil"}, {"Props", "Phone"}, {"Props", "Champagne"},
            {"Wardrobe", "Tutu"}, {"Wardrobe", "Pointe shoes"}, {"Makeup/Hair", "Chignon"},
            {"Background", "Corps de ballet"}, {"Sound/Music", "Playback speaker"}};

    private SeasonDataSet() {
    }

    /** The Étoile season at production scale: 10 × 60 scenes, 80 characters, 40 dance numbers. */
    public static SeasonBreakdown productionScale() {
        return build(10, 60, 80, 40);
    }

    public static SeasonBreakdown build(int episodes, int scenesPerEpisode, int characters, int danceNumbers) {
        Random random = new Random(42);
        List<CastMember> cast = new ArrayList<>();
        for (int id = 1; id <= characters; id++) {
            cast.add(new CastMember(id, "Dancer Geneviève " + id, "Performer Laâge " + id,
                    id % 2 == 0 ? "Le Ballet National" : "Metropolitan Ballet Theater", id % 3 != 0));
        }
        List<DanceNumber> numbers = new ArrayList<>();
        for (int id = 1; id <= danceNumbers; id++) {
            numbers.add(new DanceNumber(id, "Number " + id + " – La Danse des voiles", "Contemporary", "Anne Dubois",
                    "Tchaikovsky", "Swan Lake, Act II", "M" + id, MusicSource.values()[id % 3], "Le Ballet National",
                    120 + id * 7, List.of(1 + id % characters, 1 + (id * 7) % characters), 23, 12.5, "23 dancers, tulle veils",
                    3, "23 silk veils"));
        }
        List<Episode> episodeList = new ArrayList<>();
        List<Scene> scenes = new ArrayList<>();
        for (int e = 1; e <= episodes; e++) {
            String number = Integer.toString(100 + e);
            episodeList.add(new Episode(number, "Épisode " + e, "DRAFT", 55));
            for (int s = 1; s <= scenesPerEpisode; s++) {
                scenes.add(scene(random, number, s, characters, danceNumbers));
            }
        }
        return new SeasonBreakdown(SeriesInfo.withDefaults("Étoile"), episodeList, scenes, cast, numbers, CATEGORIES);
    }

    /** One episode of a season, with the season's catalogs. */
    public static EpisodeBreakdown episode(SeasonBreakdown season, int index) {
        Episode episode = season.episodes().get(index);
        return new EpisodeBreakdown(season.series(), episode,
                season.scenes().stream().filter(scene -> scene.episodeNumber().equals(episode.number())).toList(),
                season.cast(), season.danceNumbers(), season.categories());
    }

    private static Scene scene(Random random, String episode, int position, int characters, int danceNumbers) {
        Set<Integer> ids = new LinkedHashSet<>();
        while (ids.size() < Math.min(5, characters)) {
            ids.add(1 + random.nextInt(characters));
        }
        List<Appearance> cast = ids.stream()
                .map(id -> new Appearance(id, random.nextBoolean(), random.nextInt(3) == 0)).toList();
        List<DanceInScene> dances = danceNumbers == 0 ? List.of()
                : List.of(new DanceInScene(1 + random.nextInt(danceNumbers), position % 4 == 0 ? "excerpt" : ""));
        List<SceneElement> elements = new ArrayList<>();
        for (int count = random.nextInt(4); count > 0; count--) {
            String[] element = ELEMENTS[random.nextInt(ELEMENTS.length)];
            elements.add(new SceneElement(element[0], element[1], 1 + random.nextInt(23), count == 1 ? "hero" : ""));
        }
        String synopsis = "Scene " + position + ": Geneviève and Jack argue about the veil dance, "
                + "then Cheyenne walks in with news from Paris.";
        return new Scene(episode, Integer.toString(position), position % 10 == 0, position, "Act " + (1 + position / 12),
                INT_EXT[random.nextInt(INT_EXT.length)], SETS[random.nextInt(SETS.length)],
                TIMES[random.nextInt(TIMES.length)], 1 + position / 8, 1 + random.nextInt(20), synopsis,
                position % 2 == 0 ? "Paris" : "New York", "Stage " + (1 + position % 4), List.of("A", "B"), cast, dances,
                elements);
    }
}
