package app.coulisse.demo;

import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.StoryCity;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.Company;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.security.UserService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes the demo series "Étoile" through the services, as a room would have entered it. */
@Component
class DemoSeason {

    private static final String MBT_STAGE = "Stage 3, Studios de Bry";
    private static final String PARIS_STAGE = "Stage 1, Studios de Bry";

    private final UserService userService;
    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final Map<String, StoryCharacter> cast = new HashMap<>();

    DemoSeason(UserService userService, SeasonService seasonService, OutlineService outlineService,
               CastService castService) {
        this.userService = userService;
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
    }

    void write() {
        for (DemoUsers user : DemoUsers.values()) {
            userService.createUser(user.username, user.displayName, user.role, user.password);
        }
        seasonService.createSeries("Étoile", "Coulisse Productions — Étoile, Season 1");
        Company mbt = seasonService.addCompany("Metropolitan Ballet Theater", "New York", "Lincoln Center", "#C62828");
        Company ballet = seasonService.addCompany("Le Ballet National", "Paris", "The opera house", "#1565C0");
        outlineService.addStoryline("A", "The company swap", "#E53935");
        outlineService.addStoryline("B", "Cheyenne in New York", "#8E24AA");
        outlineService.addStoryline("C", "Tobias in Paris", "#00897B");

        principal("Jack McMillan", 1, "Luke Kirby", mbt, false);
        principal("Geneviève Lavigne", 2, "Charlotte Gainsbourg", ballet, false);
        principal("Cheyenne Toussaint", 3, "Lou de Laâge", ballet, true);
        principal("Tobias Bell", 4, "Gideon Glick", mbt, true);
        principal("Gael", 5, "David Alvarez", mbt, true);

        pilot();
        secondEpisode();
    }

    private void principal(String name, int castId, String performer, Company company, boolean dancer) {
        cast.put(name, castService.createCharacter(
                new NewCharacter(name, castId, performer, company.getId(), dancer, CharacterCategory.PRINCIPAL)));
    }

    private void pilot() {
        Episode episode = seasonService.createEpisode("101", "Pas de deux");
        outlineService.createDefaultActs(episode.getId());
        scene(episode, "Teaser", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.DAY, 1, 11, StoryCity.NEW_YORK, MBT_STAGE,
                "Jack learns the gala lost its sponsor and pitches a wild idea: swap stars with Paris.",
                List.of("A"), "Jack McMillan:S");
        scene(episode, "Act One", IntExt.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.NIGHT, 1, 14, StoryCity.PARIS,
                PARIS_STAGE, "Cheyenne rehearses alone until Geneviève turns the lights off on her.",
                List.of("B"), "Cheyenne Toussaint:SD", "Geneviève Lavigne:S");
        scene(episode, "Act One", IntExt.INT_EXT, "MBT - HALLWAY", TimeOfDay.CONTINUOUS, 1, 6, StoryCity.NEW_YORK, MBT_STAGE,
                "Walk-and-talk: Jack sells Tobias on three months in Paris.",
                List.of("A", "C"), "Jack McMillan:S", "Tobias Bell:S");
        scene(episode, "Act Two", IntExt.INT, "PALAIS GARNIER - STAGE", TimeOfDay.EVENING, 2, 20, StoryCity.PARIS,
                PARIS_STAGE, "Opening night in Paris: Cheyenne and Gael dance the veil pas de deux.",
                List.of("B"), "Cheyenne Toussaint:ND", "Gael:ND", "Geneviève Lavigne:N");
        scene(episode, "Act Two", IntExt.EXT, "PARIS - OPERA HOUSE ROOF", TimeOfDay.DUSK, 2, 9, StoryCity.PARIS, "Rooftop, Paris 9e",
                "Geneviève and Jack, by phone, agree to the swap — each for their own reasons.",
                List.of("A"), "Geneviève Lavigne:S", "Jack McMillan:S");
        scene(episode, "Tag", IntExt.EXT, "LINCOLN CENTER - PLAZA", TimeOfDay.NIGHT, 2, 4, StoryCity.NEW_YORK, MBT_STAGE,
                "Tobias, suitcase in hand, looks back at the fountain.",
                List.of("C"), "Tobias Bell:N");
    }

    private void secondEpisode() {
        Episode episode = seasonService.createEpisode("102", "Corps de ballet");
        outlineService.createDefaultActs(episode.getId());
        scene(episode, "Teaser", IntExt.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.MORNING, 3, 8, StoryCity.PARIS,
                PARIS_STAGE, "Tobias's first class in Paris: nobody speaks English to him.",
                List.of("C"), "Tobias Bell:SD", "Geneviève Lavigne:S");
        scene(episode, "Act One", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.DAY, 3, 10, StoryCity.NEW_YORK, MBT_STAGE,
                "Cheyenne arrives in New York and asks for the lead in the spring gala.",
                List.of("B"), "Cheyenne Toussaint:S", "Jack McMillan:S");
        scene(episode, "Act One", IntExt.INT, "MBT - REHEARSAL STUDIO", TimeOfDay.DAY, 3, 13, StoryCity.NEW_YORK, MBT_STAGE,
                "Gael partners Cheyenne for the first time; it does not go well.",
                List.of("B"), "Cheyenne Toussaint:SD", "Gael:SD");
        scene(episode, "Act Two", IntExt.EXT, "PARIS - SEINE EMBANKMENT", TimeOfDay.NIGHT, 3, 7, StoryCity.PARIS, "Quai de la Tournelle",
                "Tobias walks the river, calls home, hangs up before anyone answers.",
                List.of("C"), "Tobias Bell:N");
        scene(episode, "Act Three", IntExt.INT, "METROPOLITAN OPERA HOUSE - STAGE", TimeOfDay.NIGHT, 4, 18, StoryCity.NEW_YORK,
                MBT_STAGE, "Dress rehearsal: the corps is out of step and Jack stops the music.",
                List.of("A", "B"), "Jack McMillan:S", "Cheyenne Toussaint:ND", "Gael:ND");
    }

    /** Adds a scene and tags its cast; "Name:SD" means speaking and dancing, "N" non-speaking. */
    private void scene(Episode episode, String act, IntExt intExt, String set, TimeOfDay time, int storyDay, int eighths,
                       StoryCity city, String location, String synopsis, List<String> storylines, String... appearances) {
        Scene scene = outlineService.appendScene(episode.getId(),
                new SceneDraft(act, intExt, set, time, storyDay, eighths, synopsis, city, location, storylines));
        for (String appearance : appearances) {
            String[] parts = appearance.split(":");
            castService.tag(scene.getId(), cast.get(parts[0]).getId(), parts[1].contains("S"), parts[1].contains("D"));
        }
    }
}
