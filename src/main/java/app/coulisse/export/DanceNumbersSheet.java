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
        sheet.headerRow(COLUMNS.stream().map(context::label).toList(), styles.header);
        for (DanceNumber number : numbers) {
            writeNumber(number, styles);
        }
        sheet.skipRow();
        writeDancerGrid(styles);

        sheet.freezeHeader(1, 1);
        sheet.printFittedToWidth(true);
        sheet.fitColumns();
    }

    private void writeNumber(DanceNumber number, WorkbookStyles styles) {
        Row row = sheet.newRow();
        int column = 0;
        sheet.text(row, column++, number.title(), styles.text);
        sheet.text(row, column++, number.style(), styles.text);
        sheet.text(row, column++, number.choreographer(), styles.text);
        sheet.text(row, column++, number.composer(), styles.text);
        sheet.text(row, column++, number.piece(), styles.text);
        sheet.text(row, column++, number.cue(), styles.text);
        sheet.text(row, column++, number.musicSource() == null ? "" : number.musicSource().label(), styles.text);
        sheet.text(row, column++, number.company(), styles.text);
        sheet.text(row, column++, DanceDuration.format(number.durationSeconds()), styles.centred);
        sheet.text(row, column++, number.principalCastIds().stream().map(context.data()::castLabel)
                .collect(Collectors.joining(", ")), styles.text);
        sheet.number(row, column++, number.ensembleSize(), styles.number);
        sheet.number(row, column++, number.rehearsalHours(), styles.decimal);
        sheet.text(row, column++, number.costumeNotes(), styles.text);
        sheet.number(row, column++, number.shoesPerDancer(), styles.number);
        sheet.text(row, column++, number.props(), styles.text);
        sheet.text(row, column, String.join(", ", scenesByNumber.getOrDefault(number.id(), List.of())), styles.text);
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
