package app.coulisse.export;

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
import java.util.List;

/** A small, hand-made slice of Étoile with every case the writers must handle. */
final class EtoileFixtures {

    static final SeriesInfo SERIES = SeriesInfo.withDefaults("Étoile");

    static final CastMember JACK = new CastMember(1, "Jack McMillan", "Ethan Cole", "Metropolitan Ballet Theater", false);
    static final CastMember GENEVIEVE = new CastMember(2, "Geneviève Lavigne", "Camille Laâge", "Le Ballet National", true);
    static final CastMember CHEYENNE = new CastMember(3, "Cheyenne Toussaint", "Maya Brooks", "Metropolitan Ballet Theater", true);
    static final CastMember LUC = new CastMember(4, "Luc Marchand", "Hugo Bérard", "Le Ballet National", true);
    static final CastMember OPHELIE = new CastMember(5, "Ophélie Roux", "Léa Fontaine", "Le Ballet National", false);
    static final List<CastMember> CAST = List.of(JACK, GENEVIEVE, CHEYENNE, LUC, OPHELIE);

    static final DanceNumber VEIL_DANCE = new DanceNumber(1, "La Danse des voiles", "Contemporary", "Anne Dubois",
            "Pyotr Ilyich Tchaikovsky", "Swan Lake, Act II", "M12", MusicSource.PLAYBACK, "Le Ballet National", 245,
            List.of(2, 3), 23, 40.5, "23 dancers, tulle veils", 3, "23 silk veils");
    static final DanceNumber PAS_DE_DEUX = new DanceNumber(2, "Pas de deux", "Classical", "Anne Dubois",
            "Adolphe Adam", "Giselle", "M20", MusicSource.CLICK_TRACK, "Le Ballet National", 190,
            List.of(2, 4), 0, 12, "", 2, "");

    static final ElementCategory PROPS = new ElementCategory("Props", "#800080", 6);
    static final ElementCategory WARDROBE = new ElementCategory("Wardrobe", "#FFCC80", 9);
    static final ElementCategory SPECIAL_EFFECTS = new ElementCategory("Special Effects", "#90CAF9", 8);
    static final List<ElementCategory> CATEGORIES = List.of(PROPS, WARDROBE, SPECIAL_EFFECTS);

    static final String FORMULA_SYNOPSIS = "=SUM(A1:A9) is what Jack writes on the board";

    private EtoileFixtures() {
    }

    static Episode pilot() {
        return new Episode("101", "Pilote", "DRAFT", 52);
    }

    /** Scenes 1, 2, 3, 4 (omitted), 4A, 5: 47 eighths in all, i.e. 5 7/8 pages. */
    static List<Scene> pilotScenes() {
        return List.of(
                scene("101", "1", 1, "INT", "MBT - JACK'S OFFICE", "DAY", 1, 11,
                        "Jack learns the Paris star is coming.",
                        List.of(new Appearance(1, true, false), new Appearance(3, true, false)), List.of(), List.of()),
                scene("101", "2", 2, "EXT", "PALAIS GARNIER - ROOF", "NIGHT", 1, 3,
                        "Geneviève watches Paris, alone.",
                        List.of(new Appearance(2, true, false)), List.of(),
                        List.of(new SceneElement("Props", "Phone", 1, ""))),
                scene("101", "3", 3, "INT", "BALLET NATIONAL - STUDIO", "CONTINUOUS", 1, 16,
                        "The veil rehearsal; Luc falls.",
                        List.of(new Appearance(2, true, true), new Appearance(3, false, true),
                                new Appearance(4, false, true)),
                        List.of(new DanceInScene(1, "rehearsal excerpt")),
                        List.of(new SceneElement("Props", "Silk veil", 23, "tulle"),
                                new SceneElement("Wardrobe", "Rehearsal tutu", 2, ""))),
                omitted("101", "4", 4),
                scene("101", "4A", 5, "EXT", "CENTRAL PARK", "DAY", 2, 12, FORMULA_SYNOPSIS,
                        List.of(new Appearance(1, true, false), new Appearance(5, false, false)), List.of(),
                        List.of(new SceneElement("Props", "Phone", 2, "Jack's, cracked"))),
                scene("101", "5", 6, "INT/EXT", "TAXI - MOVING", "DUSK", 2, 5, "@Geneviève texts Laâge.",
                        List.of(new Appearance(2, true, false), new Appearance(4, true, true)),
                        List.of(new DanceInScene(2, "")),
                        List.of(new SceneElement("Special Effects", "Rain", 1, "on the windows"))));
    }

    static EpisodeBreakdown pilotBreakdown() {
        return new EpisodeBreakdown(SERIES, pilot(), pilotScenes(), CAST, List.of(VEIL_DANCE, PAS_DE_DEUX), CATEGORIES);
    }

    /** The pilot and a second episode where Geneviève and Jack appear again. */
    static SeasonBreakdown twoEpisodeSeason() {
        List<Scene> scenes = new ArrayList<>(pilotScenes());
        scenes.add(scene("102", "1", 1, "INT", "MBT - STAGE", "NIGHT", 3, 20, "Première.",
                List.of(new Appearance(2, false, true), new Appearance(1, true, false)),
                List.of(new DanceInScene(1, "")), List.of()));
        scenes.add(scene("102", "2", 2, "EXT", "MBT - STAGE DOOR", "LATER", 3, 4, "Jack waits.",
                List.of(new Appearance(1, true, false)), List.of(), List.of()));
        return new SeasonBreakdown(SERIES, List.of(pilot(), new Episode("102", "Les Étoiles filantes", "OUTLINE", 55)),
                scenes, CAST, List.of(VEIL_DANCE, PAS_DE_DEUX), CATEGORIES);
    }

    static Scene scene(String episode, String number, int position, String interiorExterior, String set,
                       String timeOfDay, int storyDay, int eighths, String synopsis, List<Appearance> cast,
                       List<DanceInScene> danceNumbers, List<SceneElement> elements) {
        return new Scene(episode, number, false, position, "Act One", interiorExterior, set, timeOfDay, storyDay,
                eighths, synopsis, set.startsWith("MBT") || set.startsWith("CENTRAL") ? "New York" : "Paris",
                "Stage 3", List.of("A"), cast, danceNumbers, elements);
    }

    static Scene omitted(String episode, String number, int position) {
        return new Scene(episode, number, true, position, "Act One", "INT", "MBT - LOBBY", "DAY", 1, 2,
                "Cut.", "New York", "", List.of(), List.of(new Appearance(1, true, false)), List.of(), List.of());
    }
}
