package app.coulisse.export;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * Runs sheet writers on a streaming workbook and writes it out: only a window of rows per sheet
 * stays in memory, the rest goes to temporary files, which {@code close()} deletes since POI 5.3.
 * Every workbook the app writes goes through it, the breakdown ones and the production one.
 */
public final class StreamedWorkbook {

    /** Rows kept in memory per sheet; every writer works top to bottom, so it never needs older rows. */
    static final int ROW_WINDOW = 100;

    private StreamedWorkbook() {
    }

    /** Writes the workbook the {@code sheets} fill to {@code out}, which is left open. */
    public static void write(OutputStream out, Consumer<SXSSFWorkbook> sheets) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            sheets.accept(workbook);
            // Formula cells are written without cached results: ask Excel and Calc to compute them on opening.
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
        }
    }
}
