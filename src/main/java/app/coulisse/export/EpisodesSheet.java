package app.coulisse.export;

import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.Scene;
import app.coulisse.core.Eighths;
import org.apache.poi.ss.usermodel.Row;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The season overview: one row per episode with its played scenes, pages, eighths, characters and
 * dance numbers. Scenes, pages and eighths total by formula; characters and dance numbers total as
 * distinct counts over the season, since the same character in two episodes is still one character.
 */
final class EpisodesSheet {

    private static final List<String> COLUMNS = List.of("column.episode", "episode.title", "episode.status",
            "episode.targetPages", "episode.scenes", "column.pages", "column.eighths", "episode.characters",
            "column.danceNumbers");
    private static final int TARGET_COLUMN = 3;
    private static final int SCENES_COLUMN = 4;
    private static final int PAGES_COLUMN = 5;
    private static final int EIGHTHS_COLUMN = 6;
    private static final int CHARACTERS_COLUMN = 7;
    private static final int DANCE_NUMBERS_COLUMN = 8;

    /** What one episode's scenes add up to. */
    private static final class Totals {
        int scenes;
        int eighths;
        final Set<Integer> cast = new HashSet<>();
        final Set<Long> danceNumbers = new HashSet<>();

        void add(Scene scene) {
            scenes++;
            eighths += scene.eighths();
            scene.cast().stream().map(Appearance::castId).forEach(cast::add);
            scene.danceNumbers().stream().map(DanceInScene::danceNumberId).forEach(danceNumbers::add);
        }
    }

    private EpisodesSheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.episodes");
        WorkbookStyles styles = context.styles();
        Map<String, Totals> byEpisode = new LinkedHashMap<>();
        Totals season = new Totals();
        for (Scene scene : context.data().playedScenes()) {
            byEpisode.computeIfAbsent(scene.episodeNumber(), number -> new Totals()).add(scene);
            season.add(scene);
        }

        sheet.headerRow(COLUMNS.stream().map(context::label).toList(), styles.header);
        for (Episode episode : context.data().episodes()) {
            Totals totals = byEpisode.getOrDefault(episode.number(), new Totals());
            Row row = sheet.newRow();
            sheet.text(row, 0, episode.number(), styles.text);
            sheet.text(row, 1, episode.title(), styles.text);
            sheet.text(row, 2, context.value("xlsx.status.", episode.status()), styles.text);
            if (episode.targetPages() > 0) {
                sheet.number(row, TARGET_COLUMN, episode.targetPages(), styles.centred);
            }
            sheet.number(row, SCENES_COLUMN, totals.scenes, styles.centred);
            sheet.text(row, PAGES_COLUMN, Eighths.format(totals.eighths), styles.centred);
            sheet.number(row, EIGHTHS_COLUMN, totals.eighths, styles.centred);
            sheet.number(row, CHARACTERS_COLUMN, totals.cast.size(), styles.centred);
            sheet.number(row, DANCE_NUMBERS_COLUMN, totals.danceNumbers.size(), styles.centred);
        }
        int lastEpisodeRow = sheet.nextRowIndex() - 1;

        Row total = sheet.newRow();
        sheet.text(total, 0, context.label("total"), styles.totalLabel);
        int targetPages = context.data().episodes().stream().mapToInt(Episode::targetPages).sum();
        sheet.total(total, TARGET_COLUMN, "SUM", 1, TARGET_COLUMN, lastEpisodeRow, TARGET_COLUMN, targetPages,
                styles.totalNumber);
        sheet.total(total, SCENES_COLUMN, "SUM", 1, SCENES_COLUMN, lastEpisodeRow, SCENES_COLUMN, season.scenes,
                styles.totalNumber);
        sheet.total(total, EIGHTHS_COLUMN, "SUM", 1, EIGHTHS_COLUMN, lastEpisodeRow, EIGHTHS_COLUMN, season.eighths,
                styles.totalNumber);
        sheet.formula(total, PAGES_COLUMN, Eighths.formula(SheetWriter.ref(total.getRowNum(), EIGHTHS_COLUMN)),
                Eighths.format(season.eighths), styles.totalNumber);
        sheet.number(total, CHARACTERS_COLUMN, season.cast.size(), styles.totalNumber);
        sheet.number(total, DANCE_NUMBERS_COLUMN, season.danceNumbers.size(), styles.totalNumber);

        sheet.freezeHeader(1, 1);
        sheet.autoFilter(0, lastEpisodeRow, COLUMNS.size() - 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }
}
