package app.coulisse.export;

import app.coulisse.dance.DanceDuration;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.DanceNumber;
import app.coulisse.export.model.Scene;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every dance number performed, with all its fields and its scenes, then the "cast by song" grid:
 * dancers down, numbers across, {@code P} for a principal and {@code D} for a character dancing in
 * one of the number's scenes.
 */
final class DanceNumbersSheet {

    private static final List<String> COLUMNS = List.of("dance.title", "dance.style", "dance.choreographer",
            "dance.composer", "dance.piece", "xlsx.dance.cue", "dance.musicSource", "dance.company", "dance.duration",
            "dance.principals", "xlsx.dance.ensemble", "dance.rehearsalHours", "dance.costumeNotes",
            "dance.shoesPerDancer", "dance.props", "dance.scenes");
    /**
     * The widest each column may be, in characters: every field wraps within its column, so the sixteen
     * fields print landscape on one page width at 8 pt or more.
     */
    private static final int[] COLUMN_CHARS = {16, 10, 12, 12, 12, 6, 9, 12, 8, 16, 8, 9, 14, 7, 12, 12};
    private static final int HEADER_LINES = 3;

    private final ExportContext context;
    private final SheetWriter sheet;
    private final List<DanceNumber> numbers;
    /** Per dance number id: the scene labels, with the link's note. */
    private final Map<Long, List<String>> scenesByNumber = new HashMap<>();

    private DanceNumbersSheet(ExportContext context) {
        this.context = context;
        this.sheet = context.newSheet("sheet.danceNumbers");
        this.numbers = context.data().danceNumbersInScenes();
        for (Scene scene : context.data().playedScenes()) {
            for (DanceInScene link : scene.danceNumbers()) {
                String label = context.data().sceneLabel(scene);
                scenesByNumber.computeIfAbsent(link.danceNumberId(), id -> new ArrayList<>())
                        .add(link.note().isBlank() ? label : label + " (" + link.note() + ")");
            }
        }
    }

    static void write(ExportContext context) {
        new DanceNumbersSheet(context).write();
    }

    private void write() {
        WorkbookStyles styles = context.styles();
        for (int column = 0; column < COLUMN_CHARS.length; column++) {
            sheet.boundWidth(column, COLUMN_CHARS[column]);
        }
        SheetWriter.growTo(sheet.headerRow(COLUMNS.stream().map(context::label).toList(), styles.header), HEADER_LINES);
        for (DanceNumber number : numbers) {
            writeNumber(number, styles);
        }
        sheet.skipRow();
        writeDancerGrid(styles);

        sheet.freezeHeader(1, 1);
        sheet.repeatRowsOnEachPage(0, 0);
        // Landscape rather than portrait: sixteen wrapped fields keep 8 pt only on the long side.
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }

    private void writeNumber(DanceNumber number, WorkbookStyles styles) {
        Row row = sheet.newRow();
        // Arrays.asList: a number made from the tagging box has no style, composer… yet (null fields).
        List<String> texts = Arrays.asList(number.title(), number.style(), number.choreographer(), number.composer(),
                number.piece(), number.cue(), musicSource(context, number), number.company());
        int column = 0;
        for (String text : texts) {
            wrapped(row, column++, text, styles.cell);
        }
        wrapped(row, column++, DanceDuration.format(number.durationSeconds()), styles.cellCentred);
        wrapped(row, column++, number.principalCastIds().stream().map(context.data()::castLabel)
                .collect(Collectors.joining(", ")), styles.cell);
        sheet.number(row, column++, number.ensembleSize(), styles.cellCentred);
        sheet.number(row, column++, number.rehearsalHours(), styles.decimal);
        wrapped(row, column++, number.costumeNotes(), styles.cell);
        sheet.number(row, column++, number.shoesPerDancer(), styles.cellCentred);
        wrapped(row, column++, number.props(), styles.cell);
        wrapped(row, column, String.join(", ", scenesByNumber.getOrDefault(number.id(), List.of())), styles.cell);
    }

    private void wrapped(Row row, int column, String text, CellStyle style) {
        sheet.wrappedText(row, column, text, style, COLUMN_CHARS[column]);
    }

    /** LIVE, PLAYBACK or CLICK TRACK in the workbook's language; empty while not decided. */
    static String musicSource(ExportContext context, DanceNumber number) {
        return number.musicSource() == null ? "" : context.value("xlsx.music.", number.musicSource().name());
    }

    private void writeDancerGrid(WorkbookStyles styles) {
        CellStyle heading = styles.heading(context.data().series().danceNumberColour());
        Row title = sheet.newRow();
        sheet.overflowingText(title, 0, context.label("dance.dancersByNumber"), heading);
        sheet.blanks(title, 0, CastMatrix.LEAD_COLUMNS + numbers.size(), heading);

        List<CastMember> dancers = context.data().report().dancers();
        CastMatrix.ofMarks(context, sheet).write(numbers.stream().map(DanceNumber::title).toList(), dancers,
                (member, column) -> context.data().report().dancerMark(numbers.get(column), member.castId()));

        Row ensemble = sheet.newRow();
        sheet.text(ensemble, 1, context.label("xlsx.dance.ensemble"), styles.label);
        for (int column = 0; column < numbers.size(); column++) {
            sheet.number(ensemble, CastMatrix.LEAD_COLUMNS + column, numbers.get(column).ensembleSize(), styles.centred);
        }
        CastMatrix.legend(context, sheet, "legend.dance.", List.of("P", "D"));
    }
}
