package app.coulisse.export;

import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SceneElement;
import org.apache.poi.ss.usermodel.Row;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The costume head's continuity: one row per character and story day with the character's scenes of that day and
 * the wardrobe and makeup/hair elements given to the character in them, each with the scenes it is in; then one row
 * per story day for the elements given to no one, which are the scene's as a whole.
 */
final class WardrobeByDaySheet {

    private static final List<String> COLUMNS = List.of("column.castId", "column.character", "column.storyDay",
            "episode.scenes", "xlsx.wardrobe.wardrobe", "xlsx.wardrobe.makeupHair");
    private static final int[] COLUMN_CHARS = {5, 20, 8, 14, 40, 30};
    /** Story day 0 (not known) sorts after the known days. */
    private static final int UNKNOWN_DAY_ORDER = Integer.MAX_VALUE;

    private WardrobeByDaySheet() {
    }

    static void write(ExportContext context) {
        SheetWriter sheet = context.newSheet("sheet.wardrobeByDay");
        WorkbookStyles styles = context.styles();
        BreakdownIndex data = context.data();
        Map<Integer, List<Scene>> scenesByCast = CastListSheet.scenesByCastId(data);
        Map<String, Costume> costumes = new HashMap<>();
        for (int column = 0; column < COLUMN_CHARS.length; column++) {
            sheet.boundWidth(column, COLUMN_CHARS[column]);
        }
        SheetWriter.growTo(sheet.headerRow(COLUMNS.stream().map(context::label).toList(), styles.header), 2);

        for (CastMember member : data.castInScenes()) {
            Predicate<SceneElement> worn = element -> element.wornBy().contains(member.castId());
            for (Map.Entry<Integer, List<Scene>> day : byStoryDay(scenesByCast.getOrDefault(member.castId(), List.of())).entrySet()) {
                Row row = sheet.newRow();
                sheet.number(row, 0, member.castId(), styles.cellCentred);
                sheet.wrappedText(row, 1, member.name(), styles.cell, COLUMN_CHARS[1]);
                day(context, sheet, row, day, worn, costumes);
            }
        }
        // Elements given to no one are the scene's: listed once a story day under the characters, not for each of them.
        Predicate<SceneElement> wholeScene = SceneElement::wholeScene;
        List<Scene> dressed = data.playedScenes().stream().filter(scene -> scene.elements().stream()
                .anyMatch(element -> wholeScene.test(element)
                        && costumes.computeIfAbsent(element.category(), Costume::of) != Costume.OTHER)).toList();
        for (Map.Entry<Integer, List<Scene>> day : byStoryDay(dressed).entrySet()) {
            Row row = sheet.newRow();
            sheet.text(row, 0, "", styles.cellCentred);
            sheet.wrappedText(row, 1, context.label("xlsx.wardrobe.wholeScene"), styles.cell, COLUMN_CHARS[1]);
            day(context, sheet, row, day, wholeScene, costumes);
        }
        sheet.freezeHeader(2, 1);
        sheet.autoFilter(0, sheet.nextRowIndex() - 1, COLUMNS.size() - 1);
        sheet.repeatRowsOnEachPage(0, 0);
        sheet.printFittedToWidth(false);
        sheet.fitColumns();
    }

    /** The scenes by story day, unknown days last. */
    private static Map<Integer, List<Scene>> byStoryDay(List<Scene> scenes) {
        Map<Integer, List<Scene>> byDay = new TreeMap<>();
        for (Scene scene : scenes) {
            byDay.computeIfAbsent(scene.storyDay() > 0 ? scene.storyDay() : UNKNOWN_DAY_ORDER,
                    day -> new ArrayList<>()).add(scene);
        }
        return byDay;
    }

    /** A row's story day, its scenes and the elements of those scenes that {@code worn} keeps, by kind. */
    private static void day(ExportContext context, SheetWriter sheet, Row row, Map.Entry<Integer, List<Scene>> day,
                            Predicate<SceneElement> worn, Map<String, Costume> costumes) {
        WorkbookStyles styles = context.styles();
        BreakdownIndex data = context.data();
        List<Scene> scenes = day.getValue();
        if (day.getKey() != UNKNOWN_DAY_ORDER) {
            sheet.number(row, 2, day.getKey(), styles.cellCentred);
        } else {
            sheet.text(row, 2, "", styles.cellCentred);
        }
        sheet.wrappedText(row, 3, scenes.stream().map(data::sceneLabel).collect(Collectors.joining(", ")),
                styles.cell, COLUMN_CHARS[3]);
        sheet.wrappedText(row, 4, elements(data, scenes, Costume.WARDROBE, worn, costumes), styles.cell, COLUMN_CHARS[4]);
        sheet.wrappedText(row, 5, elements(data, scenes, Costume.MAKEUP_HAIR, worn, costumes), styles.cell, COLUMN_CHARS[5]);
    }

    /**
     * "Tulle veils (7); Swan tutus (9, 12)": each element of the kind that {@code worn} keeps, once, with the scenes
     * it is in; {@code costumes} remembers the kind of each category name, so a name is normalised once per workbook,
     * not once per tag.
     */
    private static String elements(BreakdownIndex data, List<Scene> scenes, Costume kind, Predicate<SceneElement> worn,
                                   Map<String, Costume> costumes) {
        Map<String, List<String>> scenesByElement = new LinkedHashMap<>();
        for (Scene scene : scenes) {
            for (SceneElement element : scene.elements()) {
                if (worn.test(element) && costumes.computeIfAbsent(element.category(), Costume::of) == kind) {
                    List<String> labels = scenesByElement.computeIfAbsent(element.name(), name -> new ArrayList<>());
                    String label = data.sceneLabel(scene);
                    if (!labels.contains(label)) {
                        labels.add(label);
                    }
                }
            }
        }
        return scenesByElement.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * Which categories dress a character, by name in English or French (the seeded "Wardrobe" and
     * "Makeup/Hair", or a showrunner's "Costumes", "Maquillage", "Coiffure"…).
     */
    enum Costume {
        WARDROBE, MAKEUP_HAIR, OTHER;

        static Costume of(String categoryName) {
            String name = Normalizer.normalize(categoryName == null ? "" : categoryName, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            if (name.contains("wardrobe") || name.contains("costume")) {
                return WARDROBE;
            }
            if (name.contains("makeup") || name.contains("make-up") || name.contains("hair")
                    || name.contains("maquillage") || name.contains("coiffure")) {
                return MAKEUP_HAIR;
            }
            return OTHER;
        }
    }
}
