package app.coulisse.schedule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sheet that a feature above the schedule adds to the production workbook (the call sheets' calls), as a title,
 * column titles with their widths, and rows of text, all in the workbook's language (record 048: going up is an
 * extension point).
 */
public interface ProductionWorkbookTable {

    /** A sheet's content; {@code widths} in characters, one per column. */
    record Table(String title, List<String> columns, int[] widths, List<List<String>> rows) {
    }

    /** The season's sheet in the given language; none when the user may not see it. */
    Optional<Table> of(int seasonNumber, Locale locale);
}
