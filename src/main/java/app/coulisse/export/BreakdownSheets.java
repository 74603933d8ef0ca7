package app.coulisse.export;

import app.coulisse.cast.AppearanceMark;
import app.coulisse.dance.DanceDuration;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.DanceNumber;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SceneElement;
import app.coulisse.core.Eighths;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One standard breakdown sheet per played scene, stacked on one worksheet with a page break after
 * each: a header box (series, sheet number, episode, scene, I/E, set, D/N, pages, story day, shooting
 * location, synopsis, story city, storylines), then the category boxes two abreast (Cast, Dance numbers,
 * then the element categories in their order), each box title filled with its colour. The columns are
 * sized to the paper and the box lines stretched so that each sheet fills its page, like a printed form.
 */
final class BreakdownSheets {

    /** Columns of a box: item, quantity or mark, note; the right-hand box starts after a spacer column. */
    private static final int BOX_COLUMNS = 3;
    private static final int RIGHT_BOX = BOX_COLUMNS + 1;
    private static final int LAST_COLUMN = RIGHT_BOX + BOX_COLUMNS - 1;
    /** Widths in characters: together a portrait A4 or Letter page at full scale. */
    private static final int[] COLUMN_CHARS = {22, 7, 14, 10, 20, 8, 13};
    private static final int SYNOPSIS_CHARS = 72;
    /** Every box has room for at least this many lines, written or not. */
    private static final int MIN_BOX_LINES = 2;
    private static final double TITLE_POINTS = 20;
    private static final double SPACER_POINTS = 6;
    private static final double MIN_LINE_POINTS = 13.5;
    private static final double MAX_LINE_POINTS = 30;

    private final ExportContext context;
    private final SheetWriter sheet;
    private final WorkbookStyles styles;
    private final double pageHeight;

    private BreakdownSheets(ExportContext context) {
        this.context = context;
        this.sheet = context.newSheet("sheet.breakdown");
        this.styles = context.styles();
        this.pageHeight = context.frame().printableHeight(false);
    }

    static void write(ExportContext context) {
        new BreakdownSheets(context).write();
    }

    /** A box: its title, fill colour and lines of up to three cells. */
    private record Box(String title, String colour, List<Line> lines) {
    }

    private record Line(String item, String detail, String note) {

        int textLines() {
            return Math.max(SheetWriter.lines(item, COLUMN_CHARS[0]), SheetWriter.lines(note, COLUMN_CHARS[2]));
        }
    }

    private void write() {
        for (int column = 0; column < COLUMN_CHARS.length; column++) {
            sheet.fixWidth(column, COLUMN_CHARS[column]);
        }
        int sheetNumber = 0;
        for (Scene scene : context.data().playedScenes()) {
            double headerHeight = writeHeader(scene, ++sheetNumber);
            List<Box> boxes = boxes(scene);
            double lineHeight = lineHeight(boxes, headerHeight);
            for (int index = 0; index < boxes.size(); index += 2) {
                writeBand(boxes.get(index), index + 1 < boxes.size() ? boxes.get(index + 1) : null, lineHeight);
            }
            sheet.breakAfter(sheet.nextRowIndex() - 1);
        }
        sheet.printFittedToWidth(false);
        sheet.fitColumns();
    }

    /** The height of a box line that makes the boxes fill what the header leaves of the page. */
    private double lineHeight(List<Box> boxes, double headerHeight) {
        double fixed = headerHeight;
        int lines = 0;
        for (int index = 0; index < boxes.size(); index += 2) {
            fixed += TITLE_POINTS + SPACER_POINTS;
            lines += bandHeight(boxes.get(index), index + 1 < boxes.size() ? boxes.get(index + 1) : null);
        }
        double height = lines == 0 ? PageFrame.LINE_POINTS : (pageHeight - fixed) / lines;
        return Math.max(MIN_LINE_POINTS, Math.min(MAX_LINE_POINTS, Math.floor(height * 4) / 4));
    }

    /** Writes the header box; returns its height in points. */
    private double writeHeader(Scene scene, int sheetNumber) {
        int first = sheet.nextRowIndex();
        Row title = sheet.newRow();
        title.setHeightInPoints((float) TITLE_POINTS);
        sheet.overflowingText(title, 0, context.data().series().title(), styles.title);
        sheet.text(title, LAST_COLUMN - 1, context.label("breakdown.sheetNumber"), styles.label);
        sheet.number(title, LAST_COLUMN, sheetNumber, styles.number);

        Episode episode = context.data().episode(scene.episodeNumber());
        Row episodeRow = sheet.newRow();
        sheet.text(episodeRow, 0, context.label("breakdown.episode"), styles.label);
        sheet.overflowingText(episodeRow, 1, episode == null ? scene.episodeNumber()
                : episode.number() + " – " + episode.title(), styles.text);

        sheet.headerRow(List.of(context.label("column.scene"), context.label("column.interiorExterior"),
                context.label("column.set"), context.label("column.dayNight"), context.label("column.pages"),
                context.label("column.storyDay"), context.label("breakdown.location")), styles.header);
        Row values = sheet.newRow();
        List<String> texts = List.of(scene.number(), scene.interiorExterior(), scene.set(),
                context.value("time-of-day.", scene.timeOfDay()), Eighths.format(scene.eighths()),
                scene.storyDay() > 0 ? Integer.toString(scene.storyDay()) : "", scene.shootingLocation());
        for (int column = 0; column < texts.size(); column++) {
            if (column == 5 && scene.storyDay() > 0) {
                sheet.number(values, column, scene.storyDay(), styles.cellCentred);
            } else {
                sheet.wrappedText(values, column, texts.get(column), column == 4 ? styles.cellCentred : styles.cell,
                        COLUMN_CHARS[column]);
            }
        }

        Row synopsis = labelled(context.label("breakdown.synopsis"), scene.synopsis());
        synopsis.getCell(1).setCellStyle(styles.wrapped);
        SheetWriter.growTo(synopsis, SheetWriter.lines(scene.synopsis(), SYNOPSIS_CHARS));
        sheet.sheet().addMergedRegionUnsafe(new CellRangeAddress(synopsis.getRowNum(), synopsis.getRowNum(), 1,
                LAST_COLUMN));
        labelled(context.label("breakdown.storyCity"), scene.storyCity());
        labelled(context.label("breakdown.storylines"), String.join(", ", scene.storylines()));
        if (scene.revised()) {
            Row revision = sheet.newRow();
            sheet.text(revision, 0, context.label("column.revision"), styles.label);
            sheet.text(revision, 1, context.revisionName(scene.revision()), styles.strip(scene.revisionColour()));
        }
        sheet.newRow().setHeightInPoints((float) SPACER_POINTS);

        double height = 0;
        for (int row = first; row < sheet.nextRowIndex(); row++) {
            height += sheet.sheet().getRow(row).getHeightInPoints();
        }
        return height;
    }

    private Row labelled(String label, String value) {
        Row row = sheet.newRow();
        sheet.text(row, 0, label, styles.label);
        sheet.overflowingText(row, 1, value, styles.text);
        return row;
    }

    private List<Box> boxes(Scene scene) {
        BreakdownIndex data = context.data();
        List<Box> boxes = new ArrayList<>();
        List<Line> cast = new ArrayList<>();
        Map<Integer, Appearance> appearances = BreakdownIndex.appearancesById(scene);
        for (int castId : BreakdownIndex.castIds(scene)) {
            CastMember member = data.castMember(castId);
            Appearance appearance = appearances.get(castId);
            cast.add(new Line(data.castLabel(castId), AppearanceMark.of(appearance.speaking(), appearance.dancing()),
                    member == null ? "" : member.performer()));
        }
        boxes.add(new Box(context.label("box.cast"), data.series().castColour(), cast));

        String dancers = scene.cast().stream().filter(Appearance::dancing).map(Appearance::castId).distinct()
                .sorted().map(String::valueOf).collect(Collectors.joining(", "));
        List<Line> dances = new ArrayList<>();
        for (DanceInScene link : scene.danceNumbers()) {
            DanceNumber number = data.danceNumber(link.danceNumberId());
            if (number != null) {
                dances.add(new Line(number.title(), DanceNumbersSheet.musicSource(context, number), link.note()));
                dances.add(new Line(number.style(), DanceDuration.format(number.durationSeconds()),
                        dancers.isEmpty() ? "" : context.label("box.dancers") + " " + dancers));
            }
        }
        boxes.add(new Box(context.label("box.danceNumbers"), data.series().danceNumberColour(), dances));

        for (ElementCategory category : data.categories()) {
            List<Line> lines = new ArrayList<>();
            for (SceneElement element : scene.elements()) {
                if (element.category().equals(category.name())) {
                    lines.add(new Line(element.name(), Integer.toString(element.quantity()), element.note()));
                }
            }
            boxes.add(new Box(category.name(), category.colour(), lines));
        }
        return boxes;
    }

    private static int bandHeight(Box left, Box right) {
        return Math.max(MIN_BOX_LINES, Math.max(left.lines().size(), right == null ? 0 : right.lines().size()));
    }

    private void writeBand(Box left, Box right, double lineHeight) {
        Row title = sheet.newRow();
        title.setHeightInPoints((float) TITLE_POINTS);
        boxTitle(title, 0, left);
        if (right != null) {
            boxTitle(title, RIGHT_BOX, right);
        }
        int height = bandHeight(left, right);
        for (int line = 0; line < height; line++) {
            Row row = sheet.newRow();
            int textLines = Math.max(boxLine(row, 0, left, line), right == null ? 1 : boxLine(row, RIGHT_BOX, right, line));
            row.setHeightInPoints((float) Math.max(lineHeight, textLines * PageFrame.LINE_POINTS));
        }
        sheet.newRow().setHeightInPoints((float) SPACER_POINTS);
    }

    private void boxTitle(Row row, int firstColumn, Box box) {
        sheet.overflowingText(row, firstColumn, box.title(), styles.heading(box.colour()));
        sheet.blanks(row, firstColumn, firstColumn + BOX_COLUMNS - 1, styles.heading(box.colour()));
    }

    /** Writes one ruled line of a box, empty past its last line; returns the lines of text it holds. */
    private int boxLine(Row row, int firstColumn, Box box, int index) {
        if (index >= box.lines().size()) {
            sheet.blanks(row, firstColumn, firstColumn + BOX_COLUMNS - 1, styles.ruled);
            return 1;
        }
        Line line = box.lines().get(index);
        sheet.overflowingText(row, firstColumn, line.item(), styles.ruled);
        sheet.overflowingText(row, firstColumn + 1, line.detail(), styles.ruledCentred);
        sheet.overflowingText(row, firstColumn + 2, line.note(), styles.ruled);
        return line.textLines();
    }
}
