package app.coulisse.screenplay.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.BrowserCalls;
import app.coulisse.KaribuTest;
import app.coulisse.cast.CastService;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportedCharacter;
import app.coulisse.screenplay.ImportedScene;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.TestFiles;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SuppressWarnings("unchecked")
class ScreenplayImportViewTest extends KaribuTest {

    @Autowired
    SeasonService seasonService;
    @Autowired
    OutlineService outlineService;
    @Autowired
    CastService castService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_writer_uploads_previews_confirms_a_silent_character_and_appends() {
        loginAs("writer");
        long episode = seasonService.createEpisode("160", "Import test").getId();
        int busker = castService.nextFreeCastIds(1).get(0);
        UI.getCurrent().navigate(ScreenplayImportView.class);

        chooseEpisode("160");
        upload("etoile-101.fountain");

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("preview")).isVisible()).isTrue();
        Grid<ImportedScene> scenes = _get(Grid.class, spec -> spec.withId("scenes"));
        assertThat(_size(scenes)).isEqualTo(13);
        // Columns: number, heading, act, length, characters.
        assertThat(_getFormattedRow(scenes, 3)).containsExactly("4", "INT. BALLET NATIONAL - TRAINING ROOM - NIGHT",
                "Act One", _getFormattedRow(scenes, 3).get(3), "2. GENEVIÈVE LAVIGNE, 1. JACK MCMILLAN (V.O.)");
        // The episode's numbers are unlocked: they follow the order, and the file's own number is shown beside.
        assertThat(_getFormattedRow(scenes, 10).get(0)).isEqualTo("11 (file: 10A)");
        Grid<ImportedCharacter> characters = _get(Grid.class, spec -> spec.withId("characters"));
        // Columns: cast ID, in the file, in the cast, status, scenes.
        assertThat(_getFormattedRow(characters, 1)).containsExactly("2", "GENEVIÈVE", "Geneviève Lavigne", "From the cast", "4");
        assertThat(_getFormattedRow(characters, 5)).containsExactly(String.valueOf(busker), "BUSKER", "Busker", "New", "1");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("warnings")).getElement().getTextRecursively())
                .contains("“MONTAGE - BOTH COMPANIES REHEARSE” gives no time of day: DAY was assumed.")
                .contains("Lock the numbers to keep the script’s numbers.");

        CheckboxGroup<ImportedCharacter> nonSpeaking = _get(CheckboxGroup.class, spec -> spec.withId("non-speaking"));
        ImportedCharacter pianist = nonSpeaking.getListDataView().getItems()
                .filter(c -> c.fileName().equals("PIANIST")).findFirst().orElseThrow();
        _setValue(nonSpeaking, Set.of(pianist));
        _click(_get(Button.class, spec -> spec.withId("append")));

        expectNotifications("Imported 13 scenes into episode 160: 3 new characters, 5 from the cast.");
        assertThat(outlineService.sceneNumbers(episode)).hasSize(13);
        _assertNone(VerticalLayout.class, spec -> spec.withId("preview"));
    }

    @Test
    void the_preview_shows_the_act_each_scene_lands_in_in_the_readers_language() {
        loginAs("writer");
        seasonService.createEpisode("161", "Acts");
        UI.getCurrent().navigate(ScreenplayImportView.class);
        chooseEpisode("161");
        upload("etoile-101.fountain");

        Grid<ImportedScene> scenes = _get(Grid.class, spec -> spec.withId("scenes"));
        assertThat(scenes.getColumnByKey("act").getHeaderText()).isEqualTo("Act");
        // The file's sections (# TEASER, # ACT ONE, # ACT TWO) name the episode's default acts.
        assertThat(actColumn(scenes)).containsExactly("Teaser", "Teaser", "Act One", "Act One", "Act One", "Act One",
                "Act One", "Act Two", "Act Two", "Act Two", "Act Two", "Act Two", "Act Two");
    }

    @Test
    void a_file_without_sections_shows_where_the_append_puts_its_scenes_and_french_names_the_acts() {
        loginAs("writer");
        long episode = seasonService.createEpisode("162", "Actes").getId();
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ScreenplayImportView.class);
        chooseEpisode("162");
        upload("etoile-101.fountain");
        Grid<ImportedScene> scenes = _get(Grid.class, spec -> spec.withId("scenes"));
        assertThat(scenes.getColumnByKey("act").getHeaderText()).isEqualTo("Acte");
        assertThat(actColumn(scenes).getFirst()).isEqualTo("Prégénérique");
        assertThat(actColumn(scenes).get(3)).isEqualTo("Acte un");
        assertThat(outlineService.board(episode).acts()).isNotEmpty();

        _upload(_get(Upload.class, spec -> spec.withId("upload")), "plain.fountain", "text/plain",
                "INT. STUDIO - DAY\n\nJack stretches.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(actColumn(_get(Grid.class, spec -> spec.withId("scenes")))).containsExactly("Sans acte");
    }

    @Test
    void after_an_upload_or_a_refused_one_the_upload_box_stays_there_for_the_next_file() {
        loginAs("writer");
        UI.getCurrent().navigate(ScreenplayImportView.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("upload"));
        // A file before its episode: the emptied upload list no longer names it, the box does.
        upload("etoile-101.fountain");
        assertThat(_get(Span.class, spec -> spec.withId("held-file")).getText()).isEqualTo("File read: etoile-101.fountain");
        assertUploadBoxUsable();
        chooseEpisode("101");

        try (BrowserCalls calls = BrowserCalls.record()) {
            calls.clear();
            upload("etoile-101.fountain");
            // The one-file upload is emptied, so its button takes the next file; the box keeps its height.
            assertThat(calls.ranOn(upload, "this.files = []")).isTrue();
            assertUploadBoxUsable();
            assertThat(_get(Span.class, spec -> spec.withId("summary")).getText()).startsWith("etoile-101.fountain: 13 scenes");

            calls.clear();
            upload("no-scene.fountain");
            expectNotifications("No scene heading was found (a heading starts with INT., EXT., INT./EXT. or I/E).");
            assertThat(calls.ranOn(upload, "this.files = []")).isTrue();
            assertUploadBoxUsable();
            _assertNone(Span.class, spec -> spec.withId("held-file"));
        }

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is too big", "pilot.pdf"));
        expectNotifications("“pilot.pdf” was refused: upload a .fountain, .txt or .fdx file of at most 5 MB.");
        assertUploadBoxUsable();

        // Another file, no reload: its preview shows under the box.
        upload("etoile-101.fdx");
        assertUploadBoxUsable();
        assertThat(_get(Span.class, spec -> spec.withId("summary")).getText()).startsWith("etoile-101.fdx: 13 scenes");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("preview")).isVisible()).isTrue();
        ScreenplayImportView view = _get(ScreenplayImportView.class);
        VerticalLayout box = _get(VerticalLayout.class, spec -> spec.withId("import-box"));
        assertThat(view.indexOf(box)).isLessThan(view.indexOf(_get(VerticalLayout.class, spec -> spec.withId("preview"))));
    }

    private static void assertUploadBoxUsable() {
        ScreenplayImportView view = _get(ScreenplayImportView.class);
        VerticalLayout box = _get(VerticalLayout.class, spec -> spec.withId("import-box"));
        assertThat(box.isVisible()).isTrue();
        assertThat(view.getFlexShrink(box)).isZero();
        assertThat(view.getHeight()).as("the page grows with the preview").isNull();
        Upload upload = _get(Upload.class, spec -> spec.withId("upload"));
        assertThat(upload.isVisible() && upload.isEnabled()).isTrue();
        assertThat(upload.getParent()).containsSame(box);
        ComboBox<EpisodeSummary> episode = _get(ComboBox.class, spec -> spec.withId("episode"));
        assertThat(episode.isVisible() && episode.isEnabled()).isTrue();
    }

    private static java.util.List<String> actColumn(Grid<ImportedScene> scenes) {
        return java.util.stream.IntStream.range(0, _size(scenes)).mapToObj(row -> _getFormattedRow(scenes, row).get(2))
                .toList();
    }

    @Test
    void replacing_asks_for_confirmation_then_replaces_the_scenes() {
        loginAs("writer");
        UI.getCurrent().navigate(ScreenplayImportView.class);
        chooseEpisode("101");
        upload("etoile-101.fdx");
        int existing = outlineService.sceneNumbers(episodeId("101")).size();

        Button replace = _get(Button.class, spec -> spec.withId("replace"));
        assertThat(replace.getText()).isEqualTo("Replace its " + existing + " scenes");
        _click(replace);
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-replace"));
        _fireConfirm(dialog);

        expectNotifications("Imported 13 scenes into episode 101: 2 new characters, 5 from the cast.");
        assertThat(outlineService.sceneNumbers(episodeId("101")))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
    }

    @Test
    void replace_is_disabled_when_the_episode_numbers_are_locked() {
        jdbc.update("update episode set numbers_locked = true where number = '101'");
        loginAs("writer");
        UI.getCurrent().navigate(ScreenplayImportView.class);
        chooseEpisode("101");
        upload("etoile-101.fountain");

        assertThat(_get(Button.class, spec -> spec.withId("replace")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("append")).isEnabled()).isTrue();
    }

    @Test
    void an_unreadable_file_shows_a_translated_message_and_changes_nothing() {
        loginAs("writer");
        UI.getCurrent().navigate(ScreenplayImportView.class);
        long scenesBefore = jdbc.queryForObject("select count(*) from scene", Long.class);
        chooseEpisode("101");

        upload("no-scene.fountain");

        expectNotifications("No scene heading was found (a heading starts with INT., EXT., INT./EXT. or I/E).");
        _assertNone(VerticalLayout.class, spec -> spec.withId("preview"));
        assertThat(jdbc.queryForObject("select count(*) from scene", Long.class)).isEqualTo(scenesBefore);
    }

    @Test
    void a_file_the_browser_rejects_or_an_oversized_one_gets_a_translated_message() {
        loginAs("writer");
        UI.getCurrent().navigate(ScreenplayImportView.class);
        chooseEpisode("101");
        Upload upload = _get(Upload.class, spec -> spec.withId("upload"));

        // The browser checks size and type before sending; the server only hears of the rejection.
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is too big", "pilot.pdf"));
        expectNotifications("“pilot.pdf” was refused: upload a .fountain, .txt or .fdx file of at most 5 MB.");

        // Should a client skip that check, the service still refuses.
        _upload(upload, "huge.fountain", "text/plain", new byte[ScreenplayImportService.MAX_FILE_BYTES + 1]);
        expectNotifications("The file is over 5 MB, far more than any screenplay. Check that this is the right file.");
        _assertNone(VerticalLayout.class, spec -> spec.withId("preview"));
    }

    @Test
    void the_french_screen_speaks_french() {
        loginAs("writer");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(ScreenplayImportView.class);
        chooseEpisode("101");
        upload("no-scene.fountain");

        String message = UI.getCurrent().getTranslation("screenplay.error.no-scene");
        assertThat(message).startsWith("Aucun en-tête de scène");
        expectNotifications(message);
    }

    @Test
    void production_has_no_import_screen() {
        loginAs("production");
        UI.getCurrent().navigate(ScreenplayImportView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(ScreenplayImportView.class::isInstance);
    }

    private void chooseEpisode(String number) {
        ComboBox<EpisodeSummary> episode = _get(ComboBox.class, spec -> spec.withId("episode"));
        _setValue(episode, episode.getListDataView().getItems().filter(e -> e.number().equals(number)).findFirst().orElseThrow());
    }

    private static void upload(String file) {
        _upload(_get(Upload.class, spec -> spec.withId("upload")), file, "application/octet-stream", TestFiles.bytes(file));
    }

    private long episodeId(String number) {
        return seasonService.episodeSummaries().stream().filter(e -> e.number().equals(number)).findFirst().orElseThrow().id();
    }
}
