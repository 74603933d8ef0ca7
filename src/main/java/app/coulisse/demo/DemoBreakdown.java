package app.coulisse.demo;

import app.coulisse.breakdown.BreakdownElement;
import app.coulisse.breakdown.BreakdownService;
import app.coulisse.breakdown.ElementCategory;
import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.DanceNumberDraft;
import app.coulisse.dance.DanceService;
import app.coulisse.dance.MusicSource;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.StoryCity;
import app.coulisse.season.Company;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo breakdown: the dancers and supporting roles of both companies, the season's dance
 * numbers, and tags on every demo scene. Scenes are tagged by rules on their set, synopsis and
 * city rather than one by one, so the rules also cover scenes the demo season gains later.
 */
@Component
class DemoBreakdown {

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final DemoRights demoRights;
    private final Map<String, StoryCharacter> cast = new HashMap<>();
    private final Map<String, DanceNumber> numbers = new HashMap<>();
    private final Map<String, BreakdownElement> elements = new HashMap<>();
    private Map<String, ElementCategory> categories;

    DemoBreakdown(SeasonService seasonService, OutlineService outlineService, CastService castService,
                  DanceService danceService, BreakdownService breakdownService, DemoRights demoRights) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.demoRights = demoRights;
    }

    void write() {
        castService.characters().forEach(character -> cast.put(character.getName(), character));
        categories = breakdownService.categories().stream()
                .collect(Collectors.toMap(ElementCategory::getName, category -> category));
        Company newYork = company("New York");
        Company paris = company("Paris");

        character("Marisol Vega", "Ana Villafañe", newYork, true, CharacterCategory.SUPPORTING);
        character("Dmitri Orlov", "Nikolai Petrov", newYork, true, CharacterCategory.SUPPORTING);
        character("Priya Raman", "Meera Iyer", newYork, true, CharacterCategory.DAY_PLAYER);
        character("Hannah Kessler", "Ruth Adler", newYork, false, CharacterCategory.SUPPORTING);
        character("Élodie Marchand", "Clémence Aubry", paris, true, CharacterCategory.SUPPORTING);
        character("Raphaël Dubois", "Hugo Lemaire", paris, true, CharacterCategory.SUPPORTING);
        character("Inès Benali", "Yasmine Haddad", paris, true, CharacterCategory.DAY_PLAYER);
        character("Antoine Ferrand", "Jean-Pierre Lory", paris, false, CharacterCategory.SUPPORTING);
        character("Camille Roussel", "Sophie Garnier", paris, false, CharacterCategory.DAY_PLAYER);

        number("The Veil", "Classical", "Sylvie Arnaud", "Claude Debussy", "Prélude à l'après-midi d'un faune",
                "1M4", MusicSource.LIVE, paris, 412, Set.of("Cheyenne Toussaint", "Gael"), 21, 60,
                "23 dancers in white tulle veils, 3 m each, fitted over the hair; 30 pairs of pointe shoes per dancing "
                        + "cast member for the run; veils in duplicate for continuity.", 30,
                "23 tulle veils; smoke machine; rose petals");
        number("Morning Class", "Classical (class)", "Nadia Vidal", "Frédéric Chopin", "Études, barre medley",
                "2M1", MusicSource.LIVE, paris, 180, Set.of("Élodie Marchand", "Raphaël Dubois"), 8, 6,
                "Rehearsal wear, leg warmers; no company logos.", 2, "Portable barres; upright piano");
        number("First Partnering", "Neoclassical", "Hannah Kessler", "Sergei Prokofiev", "Romeo and Juliet, balcony",
                "2M3", MusicSource.PLAYBACK, newYork, 150, Set.of("Cheyenne Toussaint", "Gael"), 0, 12,
                "Practice clothes; Cheyenne in a Paris company T-shirt.", 3, "Studio mirrors");
        number("Corps de Ballet in Pieces", "Classical", "Hannah Kessler", "Pyotr Ilyich Tchaikovsky",
                "Swan Lake, Act II corps", "2M7", MusicSource.CLICK_TRACK, newYork, 265,
                Set.of("Marisol Vega", "Dmitri Orlov", "Priya Raman"), 16, 40,
                "Swan tutus for 19; feathered headpieces; 12 pairs of pointe shoes per dancer.", 12, "Fog; bench");
        number("Seine Solo", "Contemporary", "Marco Bellini", "Erik Satie", "Gymnopédie No. 1", "2M5", MusicSource.PLAYBACK,
                newYork, 95, Set.of("Tobias Bell"), 0, 8, "Street clothes, soft shoes.", 1, "None");

        demoRights.write(numbers);

        for (EpisodeSummary episode : seasonService.episodeSummaries()) {
            outlineService.scenes(episode.id()).forEach(this::tagScene);
        }
    }

    private Company company(String city) {
        return seasonService.companies().stream().filter(company -> company.getCity().equals(city)).findFirst()
                .orElseThrow();
    }

    private void character(String name, String performer, Company company, boolean dancer, CharacterCategory category) {
        cast.computeIfAbsent(name, missing -> castService.createCharacter(
                new NewCharacter(name, null, performer, company.getId(), dancer, category)));
    }

    private void number(String title, String style, String choreographer, String composer, String piece, String cue,
                        MusicSource source, Company company, int seconds, Set<String> principals, int ensemble,
                        int rehearsalHours, String costumes, int shoes, String props) {
        Set<Long> dancerIds = principals.stream().map(name -> cast.get(name).getId()).collect(Collectors.toSet());
        numbers.put(title, danceService.create(new DanceNumberDraft(title, style, choreographer, composer, piece, cue,
                source, company.getId(), seconds, dancerIds, ensemble, java.math.BigDecimal.valueOf(rehearsalHours), costumes, shoes, props)));
    }

    /** Tags one scene by what its set, synopsis and city say. */
    private void tagScene(Scene scene) {
        String set = scene.getSet() == null ? "" : scene.getSet().getName().toUpperCase(Locale.ROOT);
        String synopsis = scene.getSynopsis() == null ? "" : scene.getSynopsis().toLowerCase(Locale.ROOT);
        boolean paris = scene.getStoryCity() == StoryCity.PARIS;
        long sceneId = scene.getId();

        if (synopsis.contains("veil")) {
            danceService.link(sceneId, numbers.get("The Veil").getId(), "excerpt: pas de deux");
            element(sceneId, "Wardrobe", "Tulle veils", 23, "white, 3 m; doubles on standby");
            element(sceneId, "Background", "Opera audience", 120, "black tie");
            // The Nymph's cover is not in the scene: with Cheyenne out, the Veil is no go until she goes in (054).
            dancers(sceneId, "Raphaël Dubois", "Inès Benali");
            wornByDancers(sceneId, "Wardrobe", "Tulle veils");
        } else if (synopsis.contains("dress rehearsal") || synopsis.contains("corps")) {
            danceService.link(sceneId, numbers.get("Corps de Ballet in Pieces").getId(), "stopped mid-phrase");
            element(sceneId, "Wardrobe", "Swan tutus", 19, null);
            element(sceneId, "Special Effects", "Stage fog", 1, null);
            dancers(sceneId, "Marisol Vega", "Dmitri Orlov", "Priya Raman");
            wornByDancers(sceneId, "Wardrobe", "Swan tutus");
        } else if (synopsis.contains("partners")) {
            danceService.link(sceneId, numbers.get("First Partnering").getId(), "first run, breaks down");
            element(sceneId, "Wardrobe", "Rehearsal wear", 2, null);
            wornByDancers(sceneId, "Wardrobe", "Rehearsal wear");
        } else if (set.contains("TRAINING ROOM") || set.contains("STUDIO") || synopsis.contains("class")
                || synopsis.contains("rehearses")) {
            danceService.link(sceneId, numbers.get("Morning Class").getId(), synopsis.contains("alone") ? "alone, after hours" : "barre");
            element(sceneId, "Props", "Pointe shoes", 2, "worn in, ribbons sewn");
            element(sceneId, "Sound/Music", "Rehearsal pianist", 1, "plays live on camera");
            if (paris) {
                dancers(sceneId, "Élodie Marchand", "Raphaël Dubois");
            }
            wornByDancers(sceneId, "Props", "Pointe shoes");
        } else if (synopsis.contains("walks the river")) {
            danceService.link(sceneId, numbers.get("Seine Solo").getId(), "improvised, a few phrases");
        } else if (castService.sceneCast(sceneId).stream().anyMatch(SceneAppearance::dancing)) {
            // Someone dances where no rule above names the number: the company's daily class.
            danceService.link(sceneId, numbers.get("Morning Class").getId(), "warm-up");
        }

        if (synopsis.contains("phone") || synopsis.contains("calls")) {
            element(sceneId, "Props", "Mobile phone", 1, null);
        }
        if (synopsis.contains("suitcase")) {
            element(sceneId, "Props", "Suitcase", 1, "battered, airline tags");
        }
        if (scene.getIntExt() != IntExt.INT) {
            element(sceneId, "Vehicles", paris ? "Vespa scooters" : "Yellow cabs", paris ? 2 : 3, "background traffic");
        }
        element(sceneId, "Set Dressing", paris ? "Ballet National posters" : "MBT gala posters", 1, null);
    }

    private void element(long sceneId, String category, String name, int quantity, String note) {
        BreakdownElement element = elements.computeIfAbsent(category + "/" + name,
                key -> breakdownService.createElement(categories.get(category).getId(), name));
        breakdownService.tagElement(sceneId, element.getId(), quantity, note);
    }

    /** Gives an element of the scene to the characters dancing in it: they wear it, the others in the scene do not. */
    private void wornByDancers(long sceneId, String category, String name) {
        Set<Long> dancing = castService.sceneCast(sceneId).stream().filter(SceneAppearance::dancing)
                .map(SceneAppearance::characterId).collect(Collectors.toSet());
        breakdownService.giveElement(sceneId, elements.get(category + "/" + name).getId(), dancing);
    }

    /** Adds non-speaking dancers to a scene, leaving anyone already tagged as they are. */
    private void dancers(long sceneId, String... names) {
        Set<Long> present = castService.sceneCast(sceneId).stream().map(SceneAppearance::characterId)
                .collect(Collectors.toSet());
        for (String name : List.of(names)) {
            StoryCharacter dancer = cast.get(name);
            if (!present.contains(dancer.getId())) {
                castService.tag(sceneId, dancer.getId(), false, true);
            }
        }
    }
}
