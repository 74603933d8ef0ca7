package app.coulisse.export;

import app.coulisse.cast.AppearanceMark;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.DanceNumber;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SceneElement;
import app.coulisse.outline.Eighths;
import org.apache.poi.ss.usermodel.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One standard breakdown sheet per played scene, stacked on one worksheet with a page break after
 * each: a header box, then the category boxes two abreast (Cast, Dance numbers, then the element
 * categories in their order), each box title filled with its colour.
 */
final class BreakdownSheets {

    /** Columns of a box: item, quantity or mark, note; the right-hand box starts after a spacer column. */
    private static final int BOX_COLUMNS = 3;
    private static final int RIGHT_BOX = BOX_COLUMNS + 1;
    private static final int LAST_COLUMN = RIGHT_BOX + BOX_COLUMNS - 1;

    private final ExportContext context;
    private final SheetWriter sheet;
    private final WorkbookStyles styles;

    private BreakdownSheets(ExportContext context) {
        this.context = context;
        this.sheet = context.newSheet("sheet.breakdown");
        this.styles = context.styles();
    }

    static void write(ExportContext context) {
        new BreakdownSheets(context).write();
    }

    /** A box: its title, fill colour and lines of up to three cells. */
    private record Box(String title, String colour, List<Line> lines) {
    }

    private record Line(String item, String detail, String note) {
    }

    private void write() {
        int sheetNumber = 0;
        for (Scene scene : context.data().playedScenes()) {
            writeHeader(scene, ++sheetNumber);
            List<Box> boxes = boxes(scene);
            for (int index = 0; index < boxes.size(); index += 2) {
                writeBand(boxes.get(index), index + 1 < boxes.size() ? boxes.get(index + 1) : null);
            }
            sheet.sheet().setRowBreak(sheet.nextRowIndex() - 1);
        }
        sheet.printFittedToWidth(false);
        sheet.fitColumns();
    }

    private void writeHeader(Scene scene, int sheetNumber) {
        Row title = sheet.newRow();
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
        sheet.text(values, 0, scene.number(), styles.text);
        sheet.text(values, 1, scene.interiorExterior(), styles.text);
        sheet.text(values, 2, scene.set(), styles.text);
        sheet.text(values, 3, scene.timeOfDay(), styles.text);
        sheet.text(values, 4, Eighths.format(scene.eighths()), styles.centred);
        if (scene.storyDay() > 0) {
            sheet.number(values, 5, scene.storyDay(), styles.centred);
        }
        sheet.text(values, 6, scene.shootingLocation(), styles.text);

        labelled(context.label("breakdown.synopsis"), scene.synopsis());
        labelled(context.label("breakdown.storyCity"), scene.storyCity());
        labelled(context.label("breakdown.storylines"), String.join(", ", scene.storylines()));
        if (scene.revised()) {
            Row revision = sheet.newRow();
            sheet.text(revision, 0, context.label("column.revision"), styles.label);
            sheet.text(revision, 1, scene.revision(), styles.strip(scene.revisionColour()));
        }
        sheet.skipRow();
    }

    private void labelled(String label, String value) {
        Row row = sheet.newRow();
        sheet.text(row, 0, label, styles.label);
        sheet.overflowingText(row, 1, value, styles.text);
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

        List<Line> dances = new ArrayList<>();
        for (DanceInScene link : scene.danceNumbers()) {
            DanceNumber number = data.danceNumber(link.danceNumberId());
            if (number != null) {
                String source = number.musicSource() == null ? "" : number.musicSource().label();
                dances.add(new Line(number.title(), source, link.note()));
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

    private void writeBand(Box left, Box right) {
        Row title = sheet.newRow();
        boxTitle(title, 0, left);
        if (right != null) {
            boxTitle(title, RIGHT_BOX, right);
        }
        int height = Math.max(1, Math.max(left.lines().size(), right == null ? 0 : right.lines().size()));
        for (int line = 0; line < height; line++) {
            Row row = sheet.newRow();
            boxLine(row, 0, left, line);
            if (right != null) {
                boxLine(row, RIGHT_BOX, right, line);
            }
        }
        sheet.skipRow();
    }

    private void boxTitle(Row row, int firstColumn, Box box) {
        sheet.overflowingText(row, firstColumn, box.title(), styles.heading(box.colour()));
        sheet.blanks(row, firstColumn, firstColumn + BOX_COLUMNS - 1, styles.heading(box.colour()));
    }

    private void boxLine(Row row, int firstColumn, Box box, int index) {
        if (index < box.lines().size()) {
            Line line = box.lines().get(index);
            sheet.text(row, firstColumn, line.item(), styles.text);
            sheet.text(row, firstColumn + 1, line.detail(), styles.centred);
            sheet.text(row, firstColumn + 2, line.note(), styles.text);
        }
    }
}
