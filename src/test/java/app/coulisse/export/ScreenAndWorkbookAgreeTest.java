package app.coulisse.export;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.breakdown.BreakdownMatrix;
import app.coulisse.breakdown.ElementList;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The demo's first episode on the Reports screen (Karibu grid rows) and in its workbook (POI):
 * every mark, count, total, quantity and scene list is the same on both sides, omitted scenes
 * left out of both.
 */
class ScreenAndWorkbookAgreeTest extends KaribuTest {

    private static final DataFormatter FORMAT = new DataFormatter();

    /** A characters-down report: marks or counts by cast ID and column header, with the totals both ways. */
    record Matrix(Map<String, Map<String, String>> cells, Map<String, String> rowTotals,
                  Map<String, String> columnTotals, String grandTotal) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_reports_screen_and_the_episode_workbook_show_the_same_figures() throws Exception {
        loginAs("production");
        UI.getCurrent().navigate("reports");
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("report-tabs"));
        Matrix castByScene = screen(_get(Grid.class, spec -> spec.withId("cast-by-scene")));
        tabs.setSelectedIndex(1);
        Matrix castByEpisode = screen(_get(Grid.class, spec -> spec.withId("cast-by-episode")));
        tabs.setSelectedIndex(2);
        Matrix castBySong = screen(_get(Grid.class, spec -> spec.withId("cast-by-song")));
        tabs.setSelectedIndex(3);
        Map<String, String> elements = screenElements(_get(Grid.class, spec -> spec.withId("element-report")));

        byte[] episodeBytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-episode-workbook")));
        UI.getCurrent().navigate("");
        byte[] seasonBytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-season-workbook")));

        try (XSSFWorkbook episode = WorkbookReader.read(episodeBytes); XSSFWorkbook season = WorkbookReader.read(seasonBytes)) {
            assertThat(castByScene.cells()).as("the demo episode has cast").isNotEmpty();
            assertThat(castByScene).isEqualTo(workbook(episode.getSheet("Cast x Scenes"), 0));

            Sheet dances = episode.getSheet("Dance numbers");
            assertThat(castBySong.cells()).as("the demo episode has dancers").isNotEmpty();
            assertThat(castBySong).isEqualTo(workbook(dances, WorkbookReader.rowWith(dances, 0, "Dancers x numbers").getRowNum() + 1));

            assertThat(elements).as("the demo episode has elements").isNotEmpty();
            assertThat(elements).isEqualTo(workbookElements(episode.getSheet("Elements")));

            assertThat(castByEpisode).isEqualTo(workbook(season.getSheet("Cast x Episodes"), 0));
        }
    }

    /** The matrix as the grid shows it; characters with nothing in any column are left out, as the workbook leaves them out. */
    private static Matrix screen(Grid<BreakdownMatrix.Row> grid) {
        List<Grid.Column<BreakdownMatrix.Row>> columns = grid.getColumns();
        int first = 2;
        int totalColumn = columns.size() - 1;
        Map<String, Map<String, String>> cells = new TreeMap<>();
        Map<String, String> rowTotals = new TreeMap<>();
        for (int row = 0; row < _size(grid); row++) {
            List<String> values = _getFormattedRow(grid, row);
            if (values.get(totalColumn).equals("0")) {
                continue;
            }
            Map<String, String> marks = new TreeMap<>();
            for (int column = first; column < totalColumn; column++) {
                if (!values.get(column).isEmpty()) {
                    marks.put(columns.get(column).getHeaderText(), values.get(column));
                }
            }
            cells.put(values.get(0), marks);
            rowTotals.put(values.get(0), values.get(totalColumn));
        }
        Map<String, String> columnTotals = new TreeMap<>();
        var footer = grid.getFooterRows().get(0);
        for (int column = first; column < totalColumn; column++) {
            columnTotals.put(columns.get(column).getHeaderText(), footer.getCell(columns.get(column)).getText());
        }
        return new Matrix(cells, rowTotals, columnTotals, footer.getCell(columns.get(totalColumn)).getText());
    }

    /** The matrix whose header row is {@code header}: ID, Character, Performer, the columns, Total; then the rows and a totals row. */
    private static Matrix workbook(Sheet sheet, int header) {
        List<String> headers = WorkbookReader.texts(sheet.getRow(header));
        int first = CastMatrix.LEAD_COLUMNS;
        int totalColumn = headers.size() - 1;
        Map<String, Map<String, String>> cells = new TreeMap<>();
        Map<String, String> rowTotals = new TreeMap<>();
        int index = header + 1;
        for (Row row = sheet.getRow(index); !value(row.getCell(0)).isEmpty(); row = sheet.getRow(++index)) {
            Map<String, String> marks = new TreeMap<>();
            for (int column = first; column < totalColumn; column++) {
                String value = value(row.getCell(column));
                if (!value.isEmpty()) {
                    marks.put(headers.get(column), value);
                }
            }
            cells.put(value(row.getCell(0)), marks);
            rowTotals.put(value(row.getCell(0)), value(row.getCell(totalColumn)));
        }
        Row totals = sheet.getRow(index);
        Map<String, String> columnTotals = new TreeMap<>();
        for (int column = first; column < totalColumn; column++) {
            columnTotals.put(headers.get(column), value(totals.getCell(column)));
        }
        return new Matrix(cells, rowTotals, columnTotals, value(totals.getCell(totalColumn)));
    }

    /** Element to "quantity | scenes", as the screen's element report lists them. */
    private static Map<String, String> screenElements(Grid<ElementList.Line> grid) {
        Map<String, String> elements = new LinkedHashMap<>();
        for (int row = 0; row < _size(grid); row++) {
            List<String> values = _getFormattedRow(grid, row);
            elements.put(values.get(1), values.get(3) + " | " + values.get(2));
        }
        return elements;
    }

    /** Element to "quantity | scenes", read from every category block of the Elements sheet. */
    private static Map<String, String> workbookElements(Sheet sheet) {
        Map<String, String> elements = new LinkedHashMap<>();
        boolean inBlock = false;
        for (int index = 0; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            String first = row == null ? "" : value(row.getCell(0));
            if (first.isEmpty()) {
                inBlock = false;
            } else if (first.equals("Element") && value(row.getCell(1)).equals("Quantity")) {
                inBlock = true;
            } else if (inBlock) {
                elements.put(first, value(row.getCell(1)) + " | " + value(row.getCell(2)));
            }
        }
        return elements;
    }

    /** What the cell shows; a total formula shows the value it was written with. */
    private static String value(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return String.valueOf((long) cell.getNumericCellValue());
        }
        return FORMAT.formatCellValue(cell);
    }
}
