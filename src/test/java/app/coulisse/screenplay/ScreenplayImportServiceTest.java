package app.coulisse.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.coulisse.SpringAppTest;
import app.coulisse.cast.CastService;
import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.TimeOfDay;
import app.coulisse.season.SeasonService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Étoile 101 imported into an episode of the demo season: scenes, numbers, acts, cast and appearances. */
class ScreenplayImportServiceTest extends SpringAppTest {

    @Autowired
    ScreenplayImportService importService;
    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    JdbcTemplate jdbc;

    private long newEpisode;

    @BeforeEach
    void writerWithAnEmptyEpisode() {
        actAs("writer", "WRITER");
        newEpisode = episodeWithoutActs("150", "Le Grand Échange");
    }

    /** Every new episode gets the default acts; these tests start from one without any, so the file's sections
     * become its acts (the default-acts case is the_file_acts_match_existing_acts_...). */
    private long episodeWithoutActs(String number, String title) {
        long episode = seasonService.createEpisode(number, title).getId();
        outlineService.board(episode).acts().forEach(act -> outlineService.removeAct(act.getId()));
        return episode;
    }

    @Test
    void the_fountain_episode_imports_its_scenes_with_headings_numbers_and_acts() {
        ImportResult result = importFountain(newEpisode, ImportMode.APPEND, Set.of());

        assertThat(result.scenes()).hasSize(13);
        assertThat(outlineService.scenes(newEpisode)).extracting(Scene::getNumber, s -> s.getAct().getName(),
                Scene::getIntExt, s -> s.getSet().getName(), Scene::getTimeOfDay).containsExactly(
                tuple("1", "TEASER", IntExt.EXT, "PARIS - OPERA HOUSE ROOF", TimeOfDay.DUSK),
                tuple("2", "TEASER", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.DAY),
                tuple("3", "ACT ONE", IntExt.INT, "MBT - REHEARSAL STUDIO A", TimeOfDay.MORNING),
                tuple("4", "ACT ONE", IntExt.INT, "BALLET NATIONAL - TRAINING ROOM", TimeOfDay.NIGHT),
                tuple("5", "ACT ONE", IntExt.INT_EXT, "LINCOLN CENTER - HALLWAY", TimeOfDay.CONTINUOUS),
                tuple("6", "ACT ONE", IntExt.EXT, "NEW YORK - LINCOLN CENTER PLAZA", TimeOfDay.EVENING),
                tuple("7", "ACT ONE", IntExt.INT, "OPÉRA DE PARIS - MAIN STAGE", TimeOfDay.NIGHT),
                tuple("8", "ACT TWO", IntExt.INT_EXT, "YELLOW CAB - MOVING", TimeOfDay.LATER),
                tuple("9", "ACT TWO", IntExt.EXT, "PARIS SKYLINE", TimeOfDay.DAWN),
                tuple("10", "ACT TWO", IntExt.INT, "MBT - JACK'S OFFICE", TimeOfDay.NIGHT),
                tuple("11", "ACT TWO", IntExt.INT, "BALLET NATIONAL - DRESSING ROOM", TimeOfDay.MORNING),
                tuple("12", "ACT TWO", IntExt.INT, "MONTAGE - BOTH COMPANIES REHEARSE", TimeOfDay.DAY),
                tuple("13", "ACT TWO", IntExt.EXT, "PARIS - OPERA HOUSE ROOF", TimeOfDay.DUSK));
        assertThat(outlineService.scenes(newEpisode).get(0).getSynopsis())
                .isEqualTo("Geneviève watches Paris and counts empty seats.");
        assertThat(outlineService.scenes(newEpisode)).allSatisfy(scene -> assertThat(scene.getEighths()).isPositive());
        // The montage heading has neither INT/EXT nor a time of day: both were assumed, and said so; the file's
        // numbers (10A) gave way to the order of an unlocked episode, and that was said too.
        assertThat(result.warnings()).extracting(ParseWarning::key).containsExactly(
                "screenplay.import.warning.int-ext-missing", "screenplay.import.warning.time-of-day-missing",
                "screenplay.import.warning.numbers-follow-order");
    }

    // Issue 23, cause 9: a flashback's year is not lost and does not make a new set; the scene is shot at night.
    @Test
    void an_annotated_time_is_written_as_the_time_and_the_annotation_as_the_scene_notes() {
        byte[] file = """
                INT. WILL'S BEDROOM - NIGHT (1973)

                Will listens.

                EXT/INT. BLOOM HOUSE – NIGHT [FLASHBACK]

                Rain.
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ImportResult result = importService.commit(newEpisode, "big.fountain", file, ImportMode.APPEND, Set.of());

        assertThat(result.warnings()).isEmpty();
        assertThat(outlineService.scenes(newEpisode)).extracting(Scene::getIntExt, s -> s.getSet().getName(),
                Scene::getTimeOfDay, Scene::getNotes).containsExactly(
                tuple(IntExt.INT, "WILL'S BEDROOM", TimeOfDay.NIGHT, "NIGHT (1973)"),
                tuple(IntExt.INT_EXT, "BLOOM HOUSE", TimeOfDay.NIGHT, "NIGHT [FLASHBACK]"));
    }

    @Test
    void a_locked_episode_keeps_the_file_numbers_in_file_order() {
        actAs("showrunner", "SHOWRUNNER");
        outlineService.lockNumbers(newEpisode);
        ImportPreview preview = previewFountain(newEpisode);

        ImportResult result = importFountain(newEpisode, ImportMode.APPEND, Set.of());

        List<String> fileNumbers = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10A", "11", "12");
        assertThat(outlineService.sceneNumbers(newEpisode)).containsExactlyElementsOf(fileNumbers);
        assertThat(result.scenes()).extracting(ImportedScene::number).containsExactlyElementsOf(fileNumbers);
        assertThat(result.scenes()).allSatisfy(scene -> assertThat(scene.numberKept()).isTrue());
        assertThat(preview.scenes()).containsExactlyElementsOf(result.scenes());
        assertThat(preview.warnings()).extracting(ParseWarning::key)
                .doesNotContain("screenplay.import.warning.numbers-follow-order");
        assertThat(castIdsByScene(newEpisode)).isEqualTo(etoile101Cast(result));
    }

    @Test
    void the_file_acts_match_existing_acts_ignoring_case_and_new_ones_are_added() {
        outlineService.createDefaultActs(newEpisode);
        importFountain(newEpisode, ImportMode.APPEND, Set.of());

        assertThat(outlineService.board(newEpisode).acts()).extracting(a -> a.getName())
                .containsExactly("Teaser", "Act One", "Act Two", "Act Three", "Act Four", "Act Five", "Tag");
        assertThat(outlineService.scenes(newEpisode).get(0).getAct().getName()).isEqualTo("Teaser");
    }

    @Test
    void characters_are_matched_to_the_cast_and_new_ones_get_the_next_free_ids() {
        int castBefore = castService.characters().size();
        List<Integer> free = castService.nextFreeCastIds(2);

        ImportResult result = importFountain(newEpisode, ImportMode.APPEND, Set.of());

        assertThat(result.charactersMatched()).extracting(ImportedCharacter::fileName, ImportedCharacter::castId)
                .containsExactly(tuple("GAEL", 5), tuple("GENEVIÈVE", 2), tuple("TOBIAS", 4), tuple("JACK MCMILLAN", 1),
                        tuple("CHEYENNE", 3));
        assertThat(result.charactersCreated()).extracting(ImportedCharacter::castName, ImportedCharacter::castId)
                .containsExactly(tuple("Busker", free.get(0)), tuple("Driver", free.get(1)));
        assertThat(castService.characters()).hasSize(castBefore + 2);
        assertThat(castIdsByScene(newEpisode)).isEqualTo(etoile101Cast(result));
    }

    @Test
    void a_voice_heard_only_on_the_phone_is_tagged_speaking_but_not_on_screen() {
        importFountain(newEpisode, ImportMode.APPEND, Set.of());

        assertThat(appearances(newEpisode, "4")).containsExactly(
                tuple(1, true, false), tuple(2, true, true));
        assertThat(appearances(newEpisode, "2")).containsExactly(tuple(1, true, true), tuple(4, true, true));
    }

    @Test
    void the_preview_lists_what_would_happen_and_changes_nothing() {
        int castBefore = castService.characters().size();
        List<Integer> free = castService.nextFreeCastIds(2);

        ImportPreview preview = previewFountain(newEpisode);

        assertThat(preview.format()).isEqualTo(ScreenplayFormat.FOUNTAIN);
        // Unlocked: the numbers follow the order, so the file's 10A, 11, 12 become 11, 12, 13.
        assertThat(preview.scenes()).extracting(ImportedScene::number, ImportedScene::fileNumber).containsExactly(
                tuple("1", "1"), tuple("2", "2"), tuple("3", "3"), tuple("4", "4"), tuple("5", "5"), tuple("6", "6"),
                tuple("7", "7"), tuple("8", "8"), tuple("9", "9"), tuple("10", "10"), tuple("11", "10A"),
                tuple("12", "11"), tuple("13", "12"));
        assertThat(preview.matchedCharacters()).extracting(ImportedCharacter::castName)
                .containsExactly("Gael", "Geneviève Lavigne", "Tobias Bell", "Jack McMillan", "Cheyenne Toussaint");
        assertThat(preview.newCharacters()).extracting(ImportedCharacter::fileName, ImportedCharacter::castId)
                .containsExactly(tuple("BUSKER", free.get(0)), tuple("DRIVER", free.get(1)));
        assertThat(preview.possibleNonSpeaking()).extracting(ImportedCharacter::fileName, ImportedCharacter::castId,
                ImportedCharacter::isNew).containsExactly(tuple("PIANIST", null, true), tuple("DANCERS", null, true));
        assertThat(outlineService.scenes(newEpisode)).isEmpty();
        assertThat(castService.characters()).hasSize(castBefore);
    }

    @Test
    void confirmed_non_speaking_names_are_tagged_silent_and_the_others_are_left_out() {
        List<Integer> free = castService.nextFreeCastIds(3);

        ImportResult result = importFountain(newEpisode, ImportMode.APPEND, Set.of("PIANIST"));

        assertThat(result.charactersCreated()).extracting(ImportedCharacter::castName, ImportedCharacter::castId)
                .containsExactly(tuple("Busker", free.get(0)), tuple("Driver", free.get(1)), tuple("Pianist", free.get(2)));
        assertThat(appearances(newEpisode, "3")).containsExactly(
                tuple(1, true, true), tuple(3, true, true), tuple(free.get(2), false, true));
        assertThat(castService.characters()).noneMatch(c -> c.getName().equalsIgnoreCase("Dancers"));
    }

    @Test
    void fountain_and_final_draft_versions_import_to_the_same_scenes_and_characters() {
        long fdxEpisode = episodeWithoutActs("151", "Le Grand Échange (FDX)");

        importFountain(newEpisode, ImportMode.APPEND, Set.of());
        ImportResult fdx = importService.commit(fdxEpisode, "etoile-101.fdx", TestFiles.bytes("etoile-101.fdx"),
                ImportMode.APPEND, Set.of());

        assertThat(fdx.charactersCreated()).as("the FDX finds the characters the Fountain import created").isEmpty();
        assertThat(sceneSummaries(fdxEpisode)).containsExactlyElementsOf(sceneSummaries(newEpisode));
        assertThat(castIdsByScene(fdxEpisode)).isEqualTo(castIdsByScene(newEpisode));
    }

    @Test
    void appending_to_an_unlocked_episode_puts_the_scenes_at_the_end_of_their_acts_as_the_preview_said() {
        long pilot = episodeId("101");
        List<Scene> before = outlineService.scenes(pilot);
        // Numbers as they are now: the entities themselves are renumbered in place by the import.
        Map<Long, String> numbersBefore = before.stream().collect(Collectors.toMap(Scene::getId, Scene::getNumber));
        ImportPreview preview = previewFountain(pilot);

        ImportResult result = importFountain(pilot, ImportMode.APPEND, Set.of());

        List<Scene> after = outlineService.scenes(pilot);
        assertThat(result.scenes()).extracting(ImportedScene::number)
                .containsExactlyElementsOf(preview.scenes().stream().map(ImportedScene::number).toList());
        // Numbers follow the order: 1…n over the whole episode, the existing scenes keep their order.
        assertThat(after).extracting(Scene::getNumber).containsExactlyElementsOf(
                IntStream.rangeClosed(1, before.size() + 13).mapToObj(String::valueOf).toList());
        assertThat(after).extracting(Scene::getId).containsSubsequence(before.stream().map(Scene::getId).toList());
        // The two teaser scenes follow the pilot's teaser scenes (1, 2), before Act One.
        assertThat(result.scenes()).extracting(ImportedScene::number).startsWith("3", "4");
        assertThat(after.get(2).getAct().getName()).isEqualTo("Teaser");
        assertThat(after.get(2).getSynopsis()).isEqualTo("Geneviève watches Paris and counts empty seats.");
        long movedDown = after.stream().filter(scene -> numbersBefore.containsKey(scene.getId())
                && !numbersBefore.get(scene.getId()).equals(scene.getNumber())).count();
        assertThat(movedDown).as("all but the pilot's two teaser scenes").isEqualTo(before.size() - 2);
        assertThat(preview.warnings()).contains(new ParseWarning("screenplay.import.warning.existing-renumbered",
                List.of((int) movedDown)));
    }

    @Test
    void replacing_deletes_the_episode_scenes_first() {
        long pilot = episodeId("101");
        int before = outlineService.sceneNumbers(pilot).size();

        ImportResult result = importFountain(pilot, ImportMode.REPLACE, Set.of());

        assertThat(result.scenesDeleted()).isEqualTo(before);
        assertThat(outlineService.sceneNumbers(pilot))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(castIdsByScene(pilot)).isEqualTo(etoile101Cast(result));
    }

    @Test
    void replacing_is_refused_when_the_numbers_are_locked_and_nothing_changes() {
        long pilot = episodeId("101");
        lockAsShowrunner(pilot);
        List<String> before = outlineService.sceneNumbers(pilot);

        assertThatThrownBy(() -> importFountain(pilot, ImportMode.REPLACE, Set.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("screenplay.import.replace-locked");
                    assertThat(e.getArguments()).containsExactly("101");
                });
        assertThat(outlineService.sceneNumbers(pilot)).isEqualTo(before);
    }

    @Test
    void appending_to_a_locked_episode_gives_taken_numbers_letters_and_keeps_free_ones() {
        long pilot = episodeId("101");
        lockAsShowrunner(pilot);
        Map<Long, String> before = outlineService.scenes(pilot).stream()
                .collect(Collectors.toMap(Scene::getId, Scene::getNumber));
        ImportPreview preview = previewFountain(pilot);

        ImportResult result = importFountain(pilot, ImportMode.APPEND, Set.of());

        assertThat(preview.scenes()).extracting(ImportedScene::number)
                .containsExactlyElementsOf(result.scenes().stream().map(ImportedScene::number).toList());
        // The pilot's teaser holds 1 and 2, its Act One ends with 6: the file's taken numbers become letters there.
        assertThat(result.scenes()).extracting(ImportedScene::number, ImportedScene::numberKept).startsWith(
                tuple("2A", false), tuple("2B", false), tuple("6A", false));
        assertThat(result.scenes()).extracting(ImportedScene::number, ImportedScene::numberKept).contains(tuple("10A", true));
        assertThat(outlineService.scenes(pilot)).filteredOn(scene -> before.containsKey(scene.getId()))
                .allSatisfy(scene -> assertThat(scene.getNumber()).isEqualTo(before.get(scene.getId())));
        assertThat(outlineService.sceneNumbers(pilot)).hasSize(before.size() + 13).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
            "empty.fountain,        screenplay.error.empty",
            "not-a-screenplay.png,  screenplay.error.binary",
            "latin1.fountain,       screenplay.error.encoding",
            "broken.fdx,            screenplay.error.xml-broken",
            "with-dtd.fdx,          screenplay.error.xml-dtd",
            "billion-laughs.fdx,    screenplay.error.xml-dtd",
            "no-scene.fountain,     screenplay.error.no-scene"})
    void a_bad_file_is_refused_with_its_message_and_nothing_changes(String file, String key) {
        long pilot = episodeId("101");
        long scenesBefore = allScenes();
        int castBefore = castService.characters().size();

        for (ImportMode mode : ImportMode.values()) {
            assertThatThrownBy(() -> importService.commit(pilot, file, TestFiles.bytes(file), mode, Set.of()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
        }
        assertThatThrownBy(() -> importService.preview(pilot, file, TestFiles.bytes(file)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
        assertThat(allScenes()).isEqualTo(scenesBefore);
        assertThat(castService.characters()).hasSize(castBefore);
    }

    @Test
    void a_file_over_five_megabytes_is_refused_before_it_is_read() {
        long scenesBefore = allScenes();
        byte[] huge = new byte[ScreenplayImportService.MAX_FILE_BYTES + 1];

        assertThatThrownBy(() -> importService.commit(newEpisode, "huge.fountain", huge, ImportMode.APPEND, Set.of()))
                .isInstanceOfSatisfying(ScreenplayTooLargeException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("screenplay.import.too-large"));
        assertThat(allScenes()).isEqualTo(scenesBefore);
    }

    @Test
    void an_unknown_episode_is_not_found() {
        assertThatThrownBy(() -> importFountain(987_654L, ImportMode.APPEND, Set.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void production_may_neither_preview_nor_import() {
        actAs("production", "PRODUCTION");
        byte[] file = TestFiles.bytes("etoile-101.fountain");

        assertThatThrownBy(() -> importService.preview(newEpisode, "etoile-101.fountain", file))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importService.commit(newEpisode, "etoile-101.fountain", file, ImportMode.APPEND, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(outlineService.scenes(newEpisode)).isEmpty();
    }

    /**
     * The cast IDs tagged in each scene of Étoile 101, in file order and cue order, given the cast IDs the import gave
     * the new Busker and Driver: the expectation the Fountain and FDX imports must both meet.
     */
    private static List<List<Integer>> etoile101Cast(ImportResult result) {
        Map<String, Integer> created = result.charactersCreated().stream()
                .collect(Collectors.toMap(ImportedCharacter::castName, ImportedCharacter::castId));
        int busker = created.get("Busker");
        int driver = created.get("Driver");
        return List.of(List.of(5, 2), List.of(4, 1), List.of(3, 1), List.of(2, 1), List.of(1, 4), List.of(busker, 3),
                List.of(), List.of(driver, 3), List.of(), List.of(4, 1), List.of(2, 3), List.of(), List.of(2, 3));
    }

    private ImportPreview previewFountain(long episodeId) {
        return importService.preview(episodeId, "etoile-101.fountain", TestFiles.bytes("etoile-101.fountain"));
    }

    private void lockAsShowrunner(long episodeId) {
        actAs("showrunner", "SHOWRUNNER");
        outlineService.lockNumbers(episodeId);
        actAs("writer", "WRITER");
    }

    private ImportResult importFountain(long episodeId, ImportMode mode, Set<String> nonSpeaking) {
        return importService.commit(episodeId, "etoile-101.fountain", TestFiles.bytes("etoile-101.fountain"), mode,
                nonSpeaking);
    }

    private long episodeId(String number) {
        return seasonService.episodeSummaries().stream().filter(e -> e.number().equals(number)).findFirst()
                .orElseThrow().id();
    }

    private long allScenes() {
        return jdbc.queryForObject("select count(*) from scene", Long.class);
    }

    private List<String> sceneSummaries(long episodeId) {
        return outlineService.scenes(episodeId).stream()
                .map(s -> String.join(" | ", s.getNumber(), s.getAct().getName(), s.getIntExt().name(),
                        s.getSet().getName(), s.getTimeOfDay().name(), String.valueOf(s.getSynopsis())))
                .toList();
    }

    /** The cast IDs of each scene in episode order, in tagging order (appearance ids grow as the import tags). */
    private List<List<Integer>> castIdsByScene(long episodeId) {
        Map<Long, List<Integer>> cast = outlineService.scenes(episodeId).stream()
                .collect(Collectors.toMap(Scene::getId, s -> new ArrayList<>(), (a, b) -> a, LinkedHashMap::new));
        jdbc.query("""
                select a.scene_id, c.cast_id from appearance a join scene s on s.id = a.scene_id
                join story_character c on c.id = a.character_id where s.episode_id = ? order by s.position, a.id""",
                row -> {
                    cast.get(row.getLong(1)).add(row.getInt(2));
                }, episodeId);
        return List.copyOf(cast.values());
    }

    /** (cast ID, speaking, on screen) of a scene's appearances, by cast ID. */
    private List<Tuple> appearances(long episodeId, String sceneNumber) {
        return jdbc.query("""
                select c.cast_id, a.speaking, a.on_screen from appearance a join scene s on s.id = a.scene_id
                join story_character c on c.id = a.character_id where s.episode_id = ? and s.number = ?
                order by c.cast_id""",
                (row, i) -> tuple(row.getInt(1), row.getBoolean(2), row.getBoolean(3)), episodeId, sceneNumber);
    }
}
