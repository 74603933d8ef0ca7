package app.coulisse.export;

/** Formats a scene length given in eighths of a page the way a one-liner prints it: {@code 3/8}, {@code 2}, {@code 1 3/8}. */
final class PageLength {

    private PageLength() {
    }

    static String format(int eighths) {
        int pages = eighths / 8;
        int rest = eighths % 8;
        if (pages == 0) {
            return rest + "/8";
        }
        return rest == 0 ? Integer.toString(pages) : pages + " " + rest + "/8";
    }

    /** The same format as a spreadsheet formula over a cell holding eighths, so a total stays live. */
    static String formula(String eighthsCell) {
        return "TRIM(IF(INT(" + eighthsCell + "/8)>0,INT(" + eighthsCell + "/8),\"\")"
                + "&IF(MOD(" + eighthsCell + ",8)>0,\" \"&MOD(" + eighthsCell + ",8)&\"/8\",\"\"))";
    }
}
