package app.coulisse.export.bench;

import app.coulisse.export.EpisodeWorkbook;
import app.coulisse.export.SeasonWorkbook;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.SeasonBreakdown;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the season and episode workbooks at production scale against a bare POI baseline that
 * writes the same cells with no styles, and reports the peak heap. Run with
 * {@code ./mvnw -Pbenchmark -DskipTests test} (the profile caps the heap at 256 MB).
 */
public final class ExportBenchmark {

    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 7;

    /** The values of one sheet, row by row: String, Double, a {@link Formula} or null per cell. */
    private record SheetValues(String name, List<Object[]> rows) {
    }

    private record Formula(String text) {
    }

    @FunctionalInterface
    private interface Export {
        void run(OutputStream out) throws IOException;
    }

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        SeasonBreakdown season = SeasonDataSet.productionScale();
        EpisodeBreakdown episode = SeasonDataSet.episode(season, 0);
        Export seasonExport = out -> new SeasonWorkbook().write(season, out);
        Export episodeExport = out -> new EpisodeWorkbook().write(episode, out);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        seasonExport.run(file);
        List<SheetValues> values = readValues(file.toByteArray());
        long cells = values.stream().flatMap(sheet -> sheet.rows().stream())
                .mapToLong(row -> Arrays.stream(row).filter(value -> value != null).count()).sum();
        Export baseline = out -> writeBare(values, out);

        for (int run = 0; run < WARM_UP_RUNS; run++) {
            seasonExport.run(OutputStream.nullOutputStream());
            episodeExport.run(OutputStream.nullOutputStream());
            baseline.run(OutputStream.nullOutputStream());
        }
        System.gc();
        resetHeapPeaks();
        double seasonMillis = median(seasonExport);
        long seasonPeak = heapPeak();
        double episodeMillis = median(episodeExport);
        double baselineMillis = median(baseline);

        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Season data set: %d episodes, %d scenes, %d characters, %d dance numbers%n",
                season.episodes().size(), season.scenes().size(), season.cast().size(), season.danceNumbers().size());
        System.out.printf("Season workbook: %,d bytes, %,d cells in %d sheets%n", file.size(), cells, values.size());
        System.out.printf("Max heap: %d MB, processors: %d, median of %d runs after %d warm-up runs%n",
                runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(), MEASURED_RUNS, WARM_UP_RUNS);
        System.out.printf("Season workbook export:  %7.1f ms  (target <= 1500 ms)%n", seasonMillis);
        System.out.printf("Episode workbook export: %7.1f ms%n", episodeMillis);
        System.out.printf("Bare POI baseline:       %7.1f ms  (same cells and values, no styles)%n", baselineMillis);
        System.out.printf("Season / baseline:       %7.2f x   (target <= 3)%n", seasonMillis / baselineMillis);
        System.out.printf("Peak heap during season exports: %.1f MB (sum of heap pool peaks)%n",
                seasonPeak / (1024.0 * 1024.0));
    }

    private static double median(Export export) throws IOException {
        double[] millis = new double[MEASURED_RUNS];
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            export.run(OutputStream.nullOutputStream());
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[MEASURED_RUNS / 2];
    }

    /** Every cell of the written workbook, so the baseline writes exactly the same content. */
    private static List<SheetValues> readValues(byte[] bytes) throws IOException {
        List<SheetValues> sheets = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                List<Object[]> rows = new ArrayList<>();
                for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                    Row row = sheet.getRow(index);
                    Object[] cells = new Object[row == null ? 0 : Math.max(0, row.getLastCellNum())];
                    for (int column = 0; column < cells.length; column++) {
                        cells[column] = value(row.getCell(column));
                    }
                    rows.add(cells);
                }
                sheets.add(new SheetValues(sheet.getSheetName(), rows));
            }
        }
        return sheets;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case FORMULA -> new Formula(cell.getCellFormula());
            default -> null;
        };
    }

    private static void writeBare(List<SheetValues> sheets, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            for (SheetValues values : sheets) {
                Sheet sheet = workbook.createSheet(values.name());
                for (int index = 0; index < values.rows().size(); index++) {
                    Object[] cells = values.rows().get(index);
                    Row row = sheet.createRow(index);
                    for (int column = 0; column < cells.length; column++) {
                        Object value = cells[column];
                        if (value instanceof String text) {
                            row.createCell(column).setCellValue(text);
                        } else if (value instanceof Double number) {
                            row.createCell(column).setCellValue(number);
                        } else if (value instanceof Formula formula) {
                            row.createCell(column).setCellFormula(formula.text());
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void resetHeapPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
