package app.coulisse.season;

/**
 * The paper the workbooks are printed on, with the margins that go with it: A4 for a Paris office,
 * US Letter for a New York one.
 */
public enum PaperSize {
    A4(595, 842, 0.6), LETTER(612, 792, 0.5);

    private final int widthPoints;
    private final int heightPoints;
    private final double marginInches;

    PaperSize(int widthPoints, int heightPoints, double marginInches) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
        this.marginInches = marginInches;
    }

    /** The default for a series whose crew's languages start with this one: Letter for English, A4 otherwise. */
    public static PaperSize forLanguages(String languages) {
        return languages != null && languages.startsWith("en") ? LETTER : A4;
    }

    /** Portrait width in points (1/72 inch). */
    public int widthPoints() {
        return widthPoints;
    }

    /** Portrait height in points. */
    public int heightPoints() {
        return heightPoints;
    }

    /** The left, right, top and bottom margins, in inches (as spreadsheets store them). */
    public double marginInches() {
        return marginInches;
    }
}
