package app.coulisse.export;

import app.coulisse.core.Messages;
import app.coulisse.revision.RevisionColour;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;

/** What every sheet writer of one workbook shares: the data, the style catalog, the labels and the sheet names. */
record ExportContext(Workbook workbook, BreakdownIndex data, WorkbookStyles styles,
                     Function<String, String> labels, SheetNames sheetNames) {

    ExportContext(Workbook workbook, BreakdownIndex data, Function<String, String> labels) {
        this(workbook, data, new WorkbookStyles(workbook), labels, new SheetNames());
    }

    /** A new sheet named from the label with that key, framed for print (paper, header, footer). */
    SheetWriter newSheet(String labelKey) {
        String title = labels.apply(labelKey);
        SheetWriter writer = new SheetWriter(workbook.createSheet(sheetNames.next(title)), frame().paper());
        frame().apply(writer.sheet(), title);
        return writer;
    }

    String label(String key) {
        return labels.apply(key);
    }

    /** The label with that key and a value, as the workbook's language punctuates them ("Séquences : 4"). */
    String labelled(String key, Object value) {
        return Messages.fill(labels.apply("label.value"), labels.apply(key), value);
    }

    /**
     * A stored value (an enum name such as {@code NIGHT} or {@code CLICK_TRACK}) in the workbook's language,
     * from the label {@code prefix + value}; the value itself when no label has it.
     */
    String value(String prefix, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String label = labels.apply(prefix + value.strip().replace(' ', '_'));
        return label == null || label.startsWith("!") ? value : label;
    }

    /** A revision colour's stored name in the workbook's language, as the screens show it ("Bleu"). */
    String revisionName(String stored) {
        return RevisionColour.nameIn(stored, key -> Optional.ofNullable(labels.apply(key))
                .filter(label -> !label.startsWith("!")));
    }

    PageFrame frame() {
        return new PageFrame(this);
    }
}
