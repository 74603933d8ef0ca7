package app.coulisse.demo;

import app.coulisse.cast.CastService;
import app.coulisse.cast.CharacterCategory;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
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
import app.coulisse.security.UserService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes the demo series "Étoile" through the services, as a room would have entered it. */
@Component
class DemoSeason {

    /** The pilot's number: the episode the demo writes in full, script included. */
    static final String PILOT_NUMBER = "101";
    /** The New York unit shoots the company's sets in Queens (record 052: sun times are the unit's). */
    static final String MBT_STAGE = "Stage E, Kaufman Astoria Studios";
    static final String PARIS_STAGE = "Stage 1, Studios de Bry";

    private final UserService userService;
    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final StoryCatalogService catalog;
    private final CastService castService;
    private final Map<String, StoryCharacter> cast = new HashMap<>();

    DemoSeason(UserService userService, SeasonService seasonService, OutlineService outlineService,
               StoryCatalogService catalog, CastService castService) {
        this.userService = userService;
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.catalog = catalog;
        this.castService = castService;
    }

    void write() {
        for (DemoUsers user : DemoUsers.values()) {
            userService.createUser(user.username, user.displayName, user.role, user.password);
        }
        seasonService.createSeries("Étoile", "Coulisse Productions — Étoile, Season 1");
        Company mbt = seasonService.addCompany("Metropolitan Ballet Theater", "New York", "Lincoln Center", "#C62828");
        Company ballet = seasonService.addCompany("Le Ballet National", "Paris", "The opera house", "#1565C0");
        catalog.addStoryline("A", "The company swap", "#E53935");
        catalog.addStoryline("B", "Cheyenne in New York", "#8E24AA");
        catalog.addStoryline("C", "Tobias in Paris", "#00897B");

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
        Episode episode = episode(PILOT_NUMBER, "Pas de deux",
                "The Metropolitan Ballet Theater loses its gala sponsor; Jack proposes the unthinkable: trade stars with Paris.");
        outlineService.createDefaultActs(episode.getId());
        scene(episode, "Teaser", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.DAY, 1, 11, StoryCity.NEW_YORK, MBT_STAGE,
                "Jack learns the gala lost its sponsor and pitches a wild idea: swap stars with Paris.",
                List.of("A"), "Jack McMillan:S");
        scene(episode, "Teaser", IntExt.EXT, "LINCOLN CENTER - PLAZA", TimeOfDay.MORNING, 1, 3, StoryCity.NEW_YORK, MBT_STAGE,
                "Jack crosses the plaza past a banner announcing a season that may never happen.",
                List.of("A"), "Jack McMillan:N");
        scene(episode, "Act One", IntExt.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.NIGHT, 1, 14, StoryCity.PARIS,
                PARIS_STAGE, "Cheyenne rehearses alone until Geneviève turns the lights off on her.",
                List.of("B"), "Cheyenne Toussaint:SD", "Geneviève Lavigne:S");
        scene(episode, "Act One", IntExt.INT_EXT, "MBT - HALLWAY", TimeOfDay.CONTINUOUS, 1, 6, StoryCity.NEW_YORK, MBT_STAGE,
                "Walk-and-talk: Jack sells Tobias on three months in Paris.",
                List.of("A", "C"), "Jack McMillan:S", "Tobias Bell:S");
        scene(episode, "Act One", IntExt.INT, "MBT - REHEARSAL STUDIO", TimeOfDay.DAY, 1, 9, StoryCity.NEW_YORK, MBT_STAGE,
                "Gael drills the corps through the adagio; Tobias watches from the barre, already homesick.",
                List.of("C"), "Gael:SD", "Tobias Bell:N");
        scene(episode, "Act One", IntExt.INT, "BALLET NATIONAL - GENEVIÈVE'S OFFICE", TimeOfDay.MORNING, 2, 7, StoryCity.PARIS,
                PARIS_STAGE, "Geneviève reads the box-office figures aloud, then calls New York.",
                List.of("A"), "Geneviève Lavigne:S");
        scene(episode, "Act Two", IntExt.INT, "PALAIS GARNIER - STAGE", TimeOfDay.EVENING, 2, 20, StoryCity.PARIS,
                PARIS_STAGE, "Opening night in Paris: Cheyenne and Gael dance the veil pas de deux.",
                List.of("B"), "Cheyenne Toussaint:ND", "Gael:ND", "Geneviève Lavigne:N");
        scene(episode, "Act Two", IntExt.INT, "PALAIS GARNIER - DRESSING ROOM", TimeOfDay.NIGHT, 2, 5, StoryCity.PARIS,
                PARIS_STAGE, "Cheyenne tapes her toes and hears through the door that she is being sent away.",
                List.of("B"), "Cheyenne Toussaint:S");
        scene(episode, "Act Two", IntExt.EXT, "PARIS - OPERA HOUSE ROOF", TimeOfDay.DUSK, 2, 9, StoryCity.PARIS, "Rooftop, Paris 9e",
                "Geneviève and Jack, by phone, agree to the swap — each for their own reasons.",
                List.of("A"), "Geneviève Lavigne:S", "Jack McMillan:S");
        scene(episode, "Act Three", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.NIGHT, 2, 8, StoryCity.NEW_YORK, MBT_STAGE,
                "Jack rehearses how to tell the company; Gael walks in and guesses it first.",
                List.of("A"), "Jack McMillan:S", "Gael:S");
        scene(episode, "Act Three", IntExt.INT, "MBT - REHEARSAL STUDIO", TimeOfDay.LATER, 2, 12, StoryCity.NEW_YORK, MBT_STAGE,
                "The announcement: dancers go silent, then Gael starts clapping, slowly.",
                List.of("A"), "Jack McMillan:S", "Gael:S", "Tobias Bell:N");
        scene(episode, "Act Three", IntExt.EXT, "PARIS - SEINE EMBANKMENT", TimeOfDay.NIGHT, 2, 4, StoryCity.PARIS, "Quai de la Tournelle",
                "Cheyenne runs the quays to burn off her anger, then stops to watch a busker dance.",
                List.of("B"), "Cheyenne Toussaint:N");
        scene(episode, "Act Four", IntExt.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.DAY, 3, 10, StoryCity.PARIS,
                PARIS_STAGE, "Geneviève tells Cheyenne she leaves for New York on Monday; Cheyenne asks for one last class.",
                List.of("B"), "Geneviève Lavigne:S", "Cheyenne Toussaint:SD");
        scene(episode, "Act Four", IntExt.INT, "MBT - TOBIAS'S APARTMENT", TimeOfDay.NIGHT, 3, 6, StoryCity.NEW_YORK, MBT_STAGE,
                "Tobias packs pointe shoes into a suitcase too small for them, and a phrasebook.",
                List.of("C"), "Tobias Bell:N");
        scene(episode, "Act Five", IntExt.INT, "JFK AIRPORT - TERMINAL 1", TimeOfDay.DAWN, 4, 5, StoryCity.NEW_YORK, "JFK Terminal 1",
                "Jack sees Tobias off with advice nobody asked for; Gael does not come.",
                List.of("A", "C"), "Jack McMillan:S", "Tobias Bell:S");
        scene(episode, "Act Five", IntExt.INT, "CDG AIRPORT - ARRIVALS", TimeOfDay.MORNING, 4, 4, StoryCity.PARIS, "Orly Sud, Terminal",
                "Cheyenne, departing, and Tobias, arriving, cross without knowing each other.",
                List.of("B", "C"), "Cheyenne Toussaint:N", "Tobias Bell:N");
        scene(episode, "Tag", IntExt.EXT, "LINCOLN CENTER - PLAZA", TimeOfDay.NIGHT, 2, 4, StoryCity.NEW_YORK, MBT_STAGE,
                "Tobias, suitcase in hand, looks back at the fountain.",
                List.of("C"), "Tobias Bell:N");
    }

    private void secondEpisode() {
        Episode episode = episode("102", "Corps de ballet",
                "First week of the swap: Tobias is lost in a company that will not speak English, Cheyenne wants a lead she has not earned.");
        outlineService.createDefaultActs(episode.getId());
        scene(episode, "Teaser", IntExt.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.MORNING, 3, 8, StoryCity.PARIS,
                PARIS_STAGE, "Tobias's first class in Paris: nobody speaks English to him.",
                List.of("C"), "Tobias Bell:SD", "Geneviève Lavigne:S");
        scene(episode, "Teaser", IntExt.EXT, "PARIS - PLACE DE L'OPÉRA", TimeOfDay.DAY, 3, 3, StoryCity.PARIS, "Place de l'Opéra, Paris 9e",
                "Tobias photographs the Garnier facade; a tourist asks him to photograph her instead.",
                List.of("C"), "Tobias Bell:S");
        scene(episode, "Act One", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.DAY, 3, 10, StoryCity.NEW_YORK, MBT_STAGE,
                "Cheyenne arrives in New York and asks for the lead in the spring gala.",
                List.of("B"), "Cheyenne Toussaint:S", "Jack McMillan:S");
        scene(episode, "Act One", IntExt.INT, "MBT - REHEARSAL STUDIO", TimeOfDay.DAY, 3, 13, StoryCity.NEW_YORK, MBT_STAGE,
                "Gael partners Cheyenne for the first time; it does not go well.",
                List.of("B"), "Cheyenne Toussaint:SD", "Gael:SD");
        scene(episode, "Act One", IntExt.INT, "MBT - HALLWAY", TimeOfDay.CONTINUOUS, 3, 4, StoryCity.NEW_YORK, MBT_STAGE,
                "Gael catches up with Cheyenne: she counts in French, he counts in English — that is the problem.",
                List.of("B"), "Gael:S", "Cheyenne Toussaint:S");
        scene(episode, "Act Two", IntExt.EXT, "PARIS - SEINE EMBANKMENT", TimeOfDay.NIGHT, 3, 7, StoryCity.PARIS, "Quai de la Tournelle",
                "Tobias walks the river, calls home, hangs up before anyone answers.",
                List.of("C"), "Tobias Bell:N");
        scene(episode, "Act Two", IntExt.INT, "BALLET NATIONAL - GENEVIÈVE'S OFFICE", TimeOfDay.DAY, 4, 9, StoryCity.PARIS,
                PARIS_STAGE, "Geneviève offers Tobias a solo if he can learn it in four days — in French.",
                List.of("A", "C"), "Geneviève Lavigne:S", "Tobias Bell:S");
        scene(episode, "Act Two", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.EVENING, 4, 6, StoryCity.NEW_YORK, MBT_STAGE,
                "Jack and Geneviève compare notes by video call; neither admits their star is struggling.",
                List.of("A"), "Jack McMillan:S", "Geneviève Lavigne:S");
        scene(episode, "Act Three", IntExt.INT, "METROPOLITAN OPERA HOUSE - STAGE", TimeOfDay.NIGHT, 4, 18, StoryCity.NEW_YORK,
                MBT_STAGE, "Dress rehearsal: the corps is out of step and Jack stops the music.",
                List.of("A", "B"), "Jack McMillan:S", "Cheyenne Toussaint:ND", "Gael:ND");
        scene(episode, "Act Three", IntExt.INT, "METROPOLITAN OPERA HOUSE - WINGS", TimeOfDay.CONTINUOUS, 4, 5, StoryCity.NEW_YORK,
                MBT_STAGE, "In the wings, Cheyenne shows Gael the Paris count; he tries it, and it works.",
                List.of("B"), "Cheyenne Toussaint:SD", "Gael:SD");
        scene(episode, "Act Four", IntExt.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.NIGHT, 5, 12, StoryCity.PARIS,
                PARIS_STAGE, "Alone after hours, Tobias learns the solo from a video on his phone, one phrase at a time.",
                List.of("C"), "Tobias Bell:D");
        scene(episode, "Act Four", IntExt.EXT, "PARIS - PONT DES ARTS", TimeOfDay.DAWN, 6, 4, StoryCity.PARIS, "Pont des Arts, Paris 6e",
                "Tobias, exhausted, marks the solo on the bridge as the city wakes up.",
                List.of("C"), "Tobias Bell:D");
        scene(episode, "Act Five", IntExt.INT, "PALAIS GARNIER - STAGE", TimeOfDay.EVENING, 6, 16, StoryCity.PARIS,
                PARIS_STAGE, "Tobias dances the solo; Geneviève watches from the box without applauding, then does.",
                List.of("A", "C"), "Tobias Bell:ND", "Geneviève Lavigne:N");
        scene(episode, "Act Five", IntExt.INT, "METROPOLITAN OPERA HOUSE - STAGE", TimeOfDay.EVENING, 6, 14, StoryCity.NEW_YORK,
                MBT_STAGE, "Gala night in New York: Cheyenne and Gael, in step at last.",
                List.of("A", "B"), "Cheyenne Toussaint:ND", "Gael:ND", "Jack McMillan:N");
        scene(episode, "Tag", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.NIGHT, 6, 3, StoryCity.NEW_YORK, MBT_STAGE,
                "Jack opens an email from Paris: Geneviève wants to extend the swap.",
                List.of("A"), "Jack McMillan:N");
    }

    private Episode episode(String number, String title, String logline) {
        Episode draft = new Episode(seasonService.series(), number, title);
        draft.setLogline(logline);
        draft.setWriters("Dana Whitfield, Sam Okafor");
        draft.setTargetPages(52);
        return seasonService.createEpisode(draft);
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
