package app.coulisse.export;

import org.apache.poi.ss.usermodel.Workbook;

import java.util.function.Function;

/** What every sheet writer of one workbook shares: the data, the style catalog, the labels and the sheet names. */
record ExportContext(Workbook workbook, BreakdownIndex data, WorkbookStyles styles,
                     Function<String, String> labels, SheetNames sheetNames) {

    ExportContext(Workbook workbook, BreakdownIndex data, Function<String, String> labels) {
        this(workbook, data, new WorkbookStyles(workbook), labels, new SheetNames());
    }

    /** A new sheet named from the label with that key. */
    SheetWriter newSheet(String labelKey) {
        return new SheetWriter(workbook.createSheet(sheetNames.next(labels.apply(labelKey))));
    }

    String label(String key) {
        return labels.apply(key);
    }
}
