package app.coulisse.export;

import app.coulisse.core.HexColour;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of one workbook, each created once and shared by every cell that needs it.
 * Coloured styles are cached per colour, so their number follows the palette, never the row count; the
 * production workbook's own looks (its column titles on their rule, its ruled strips and day banners) are
 * created on first use, so the breakdown workbooks do not carry them.
 */
public final class WorkbookStyles {

    private final Workbook workbook;
    private final Font bold;
    private final Font boldWhite;
    private final Map<String, CellStyle> coloured = new HashMap<>();
    /** The same styles by the colour as asked for ("#c62828"), so a cell's style costs one lookup, not a regex. */
    private final Map<Kind, Map<String, CellStyle>> byAskedColour = new EnumMap<>(Kind.class);

    /** Styles made on first use: the production workbook's looks, and a style with another number format. */
    private final Map<String, CellStyle> onDemand = new HashMap<>();

    private enum Kind { WRAPPED, STRIP, CENTRED, HEADING, RULED, RULED_CENTRED, BANNER, BANNER_CENTRED }

    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    /** Plain text, as a cell without a style shows it. */
    public final CellStyle text;
    final CellStyle number;
    final CellStyle decimal;
    /** A short figure centred both ways, so it does not read as one with the text of the next column. */
    public final CellStyle centred;
    final CellStyle omitted;
    final CellStyle totalLabel;
    final CellStyle totalNumber;
    /** Text wrapped within its column, centred vertically. */
    public final CellStyle wrapped;
    /** A table cell: thin borders, wrapped text. */
    final CellStyle cell;
    /** A table cell for a figure: thin borders, centred. */
    final CellStyle cellCentred;
    /** A header whose text turns upright, for narrow columns of long labels. */
    final CellStyle headerUpright;
    /** A ruled line of a breakdown box, as on a printed form. */
    final CellStyle ruled;
    final CellStyle ruledCentred;

    /** The styles of that workbook, the shared ones created now. */
    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        bold = workbook.createFont();
        bold.setBold(true);
        boldWhite = workbook.createFont();
        boldWhite.setBold(true);
        boldWhite.setColor(IndexedColors.WHITE.getIndex());
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        label = workbook.createCellStyle();
        label.setFont(bold);
        text = workbook.createCellStyle();
        number = workbook.createCellStyle();
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        decimal.setAlignment(HorizontalAlignment.CENTER);
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        borders(decimal);
        centred = workbook.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        centred.setVerticalAlignment(VerticalAlignment.CENTER);
        omitted = workbook.createCellStyle();
        omitted.setFont(bold);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalNumber = workbook.createCellStyle();
        totalNumber.cloneStyleFrom(totalLabel);
        totalNumber.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.CENTER);
        cell = workbook.createCellStyle();
        cell.cloneStyleFrom(wrapped);
        cell.setVerticalAlignment(VerticalAlignment.TOP);
        borders(cell);
        cellCentred = workbook.createCellStyle();
        cellCentred.cloneStyleFrom(cell);
        cellCentred.setAlignment(HorizontalAlignment.CENTER);
        headerUpright = workbook.createCellStyle();
        headerUpright.cloneStyleFrom(header);
        headerUpright.setRotation((short) 90);
        headerUpright.setAlignment(HorizontalAlignment.CENTER);
        ruled = workbook.createCellStyle();
        ruled.setBorderBottom(BorderStyle.HAIR);
        ruled.setWrapText(true);
        ruled.setVerticalAlignment(VerticalAlignment.CENTER);
        ruledCentred = workbook.createCellStyle();
        ruledCentred.cloneStyleFrom(ruled);
        ruledCentred.setAlignment(HorizontalAlignment.CENTER);
    }

    private static void borders(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** A strip cell whose text wraps within its column, top-aligned like the rest of the strip. */
    CellStyle stripWrapped(String hex) {
        return coloured(Kind.WRAPPED, hex, () -> {
            CellStyle style = workbook.createCellStyle();
            fill(style, hex);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** A plain cell on a strip of the given colour. */
    CellStyle strip(String hex) {
        return coloured(Kind.STRIP, hex, () -> {
            CellStyle style = workbook.createCellStyle();
            fill(style, hex);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** A centred cell on a strip, for the short figures (story day, pages, eighths). */
    CellStyle stripCentred(String hex) {
        return coloured(Kind.CENTRED, hex, () -> {
            CellStyle style = workbook.createCellStyle();
            fill(style, hex);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** A bold heading on the given colour, in white when the colour is too dark for black text. */
    CellStyle heading(String hex) {
        return coloured(Kind.HEADING, hex, () -> {
            CellStyle style = workbook.createCellStyle();
            fill(style, hex);
            style.setFont(isDark(hex) ? boldWhite : bold);
            style.setBorderBottom(BorderStyle.THIN);
            return style;
        });
    }

    /**
     * A column title standing on its rule, bold and wrapped, at the bottom of a title row that may be two lines
     * high (the production workbook's titles).
     */
    public CellStyle columnTitle() {
        return onDemand("columnTitle", () -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            style.setBorderBottom(BorderStyle.THIN);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.BOTTOM);
            return style;
        });
    }

    /** A column title turned upright and centred, for the narrow columns of a day out of days. */
    public CellStyle columnTitleUpright() {
        return onDemand("columnTitleUpright", () -> derived(columnTitle(), style -> {
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setRotation((short) 90);
        }));
    }

    /** A total or a legend title on one line: a column title that does not wrap. */
    public CellStyle totalLine() {
        return onDemand("totalLine", () -> derived(columnTitle(), style -> style.setWrapText(false)));
    }

    /** The figure of a {@link #totalLine()}, centred. */
    public CellStyle totalLineCentred() {
        return onDemand("totalLineCentred", () -> derived(totalLine(),
                style -> style.setAlignment(HorizontalAlignment.CENTER)));
    }

    /** A warning in bold dark red. */
    public CellStyle warning() {
        return onDemand("warning", () -> {
            Font red = workbook.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            red.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(red);
            return style;
        });
    }

    /** {@code base} with another number format, such as {@code d/m}: one style per base and format. */
    public CellStyle withFormat(CellStyle base, String format) {
        return onDemand("format " + base.getIndex() + " " + format, () -> derived(base,
                style -> style.setDataFormat(workbook.createDataFormat().getFormat(format))));
    }

    /** A strip on a ruled line (a hairline under it), as the shooting schedule prints its strips. */
    public CellStyle ruledStrip(String hex) {
        return coloured(Kind.RULED, hex, () -> {
            CellStyle style = workbook.createCellStyle();
            fill(style, hex);
            style.setBorderBottom(BorderStyle.HAIR);
            return style;
        });
    }

    /** A {@link #ruledStrip} cell centred both ways, for a figure or a code. */
    public CellStyle ruledStripCentred(String hex) {
        CellStyle ruled = ruledStrip(hex);
        return coloured(Kind.RULED_CENTRED, hex, () -> derived(ruled, style -> {
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
        }));
    }

    /** A banner across a ruled table (the end of a shoot day): bold, in white when the colour is too dark. */
    public CellStyle banner(String hex) {
        CellStyle ruled = ruledStrip(hex);
        return coloured(Kind.BANNER, hex, () -> derived(ruled, style -> style.setFont(isDark(hex) ? boldWhite : bold)));
    }

    /** A figure on a {@link #banner}, centred. */
    public CellStyle bannerCentred(String hex) {
        CellStyle banner = banner(hex);
        return coloured(Kind.BANNER_CENTRED, hex, () -> derived(banner,
                style -> style.setAlignment(HorizontalAlignment.CENTER)));
    }

    private CellStyle onDemand(String key, Supplier<CellStyle> create) {
        CellStyle style = onDemand.get(key);
        if (style == null) {
            style = create.get();
            onDemand.put(key, style);
        }
        return style;
    }

    /** A new style like {@code base}, then changed. */
    private CellStyle derived(CellStyle base, Consumer<CellStyle> change) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        change.accept(style);
        return style;
    }

    /**
     * The style of that kind and colour, created on first use and shared by every spelling of the colour; a style
     * made from another coloured one gets that one first (the cache cannot be filled from inside its own fill).
     */
    private CellStyle coloured(Kind kind, String hex, Supplier<CellStyle> create) {
        Map<String, CellStyle> asked = byAskedColour.computeIfAbsent(kind, k -> new HashMap<>());
        CellStyle style = asked.get(hex);
        if (style == null) {
            style = coloured.computeIfAbsent(kind + normalise(hex), key -> create.get());
            asked.put(hex, style);
        }
        return style;
    }

    private static void fill(CellStyle style, String hex) {
        style.setFillForegroundColor(new XSSFColor(rgb(hex)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static byte[] rgb(String hex) {
        HexColour colour = colour(hex);
        return new byte[]{(byte) colour.red(), (byte) colour.green(), (byte) colour.blue()};
    }

    /** The cache key of a colour: its digits, whatever their case and with or without the hash. */
    private static String normalise(String hex) {
        return colour(hex).hexDigits();
    }

    /** Callers may pass the digits without their hash. */
    private static HexColour colour(String hex) {
        return HexColour.of(hex != null && !hex.startsWith("#") ? "#" + hex : hex);
    }

    private static boolean isDark(String hex) {
        return colour(hex).isDark();
    }
}
