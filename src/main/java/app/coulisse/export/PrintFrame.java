package app.coulisse.export;

import app.coulisse.season.PaperSize;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The page rules every printed workbook shares, the breakdown workbooks and the production one: the series'
 * paper and margins with room for a header and a footer, the six header and footer texts, and fitting to the
 * page width no smaller than {@link PageFrame#MIN_SCALE}.
 */
public final class PrintFrame {

    /** Header and footer distance from the paper's edge, in inches. */
    private static final double HEADER_MARGIN = 0.3;
    /** Room for the header or footer between its margin and the body, in inches. */
    static final double HEADER_ROOM = 0.35;

    private PrintFrame() {
    }

    /** The paper (A4 when the series has not chosen) and its margins, leaving room for header and footer. */
    public static void paper(Sheet sheet, PaperSize paper) {
        PaperSize chosen = orA4(paper);
        sheet.getPrintSetup().setPaperSize(chosen == PaperSize.LETTER ? PrintSetup.LETTER_PAPERSIZE
                : PrintSetup.A4_PAPERSIZE);
        double margin = chosen.marginInches();
        sheet.setMargin(PageMargin.LEFT, margin);
        sheet.setMargin(PageMargin.RIGHT, margin);
        sheet.setMargin(PageMargin.TOP, margin + HEADER_ROOM);
        sheet.setMargin(PageMargin.BOTTOM, margin + HEADER_ROOM);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
    }

    /**
     * Header: series, subject ("101 – Pilote", "Season 1"), sheet title in bold; footer: the draft, then the
     * translated page and printed-date labels, whose {@code &P}, {@code &N} and {@code &D} codes stay codes.
     */
    public static void texts(Sheet sheet, String series, String subject, String sheetTitle, String draft,
                             String pageLabel, String printedLabel) {
        sheet.getHeader().setLeft(escape(series));
        sheet.getHeader().setCenter(escape(subject));
        sheet.getHeader().setRight("&B" + escape(sheetTitle));
        sheet.getFooter().setLeft(escape(draft));
        sheet.getFooter().setCenter(pageLabel);
        sheet.getFooter().setRight(printedLabel);
    }

    /**
     * Fits columns 0 to {@code lastColumn} to the page width, unless that would print below the smallest
     * readable scale: then the sheet prints at that scale across as many pages as it needs.
     */
    public static void fitWidthReadably(Sheet sheet, PaperSize paper, int lastColumn) {
        double width = 0;
        for (int column = 0; column <= lastColumn; column++) {
            width += sheet.getColumnWidth(column) * PageFrame.POINTS_PER_WIDTH_UNIT;
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        keepReadable(sheet, width, printableWidth(paper, sheet.getPrintSetup().getLandscape()));
    }

    /**
     * A sheet fitted to the page width that would print below the smallest readable scale prints at that scale
     * instead, across as many pages as it needs.
     */
    static void keepReadable(Sheet sheet, double widthPoints, double printableWidthPoints) {
        if (PageFrame.fittedScale(widthPoints, printableWidthPoints) < PageFrame.MIN_SCALE) {
            sheet.setFitToPage(false);
            sheet.getPrintSetup().setScale((short) Math.round(PageFrame.MIN_SCALE * 100));
        }
    }

    /**
     * Prints at the largest scale, at most 100 % and never below the readable floor, at which a band of columns
     * {@code bandWidthPoints} wide fills the page width: a sheet broken into such bands by hand (the Day out of days,
     * a month a page) prints each band on a page. Returns that scale.
     */
    public static double scaleForBand(Sheet sheet, PaperSize paper, double bandWidthPoints) {
        double scale = Math.max(PageFrame.MIN_SCALE, PageFrame.fittedScale(bandWidthPoints,
                printableWidth(paper, sheet.getPrintSetup().getLandscape())));
        // Rounded down, so the band still fits at the whole percentage the print set-up stores.
        short percent = (short) Math.floor(scale * 100);
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale(percent);
        return percent / 100.0;
    }

    /** Column width unit (1/256 of a character of the default font) in points, as Excel and Calc print it. */
    public static double pointsPerWidthUnit() {
        return PageFrame.POINTS_PER_WIDTH_UNIT;
    }

    /** The width the body may take on the paper (A4 when none is chosen), in points. */
    public static double printableWidth(PaperSize paper, boolean landscape) {
        PaperSize chosen = orA4(paper);
        return (landscape ? chosen.heightPoints() : chosen.widthPoints()) - 2 * chosen.marginInches() * 72;
    }

    private static PaperSize orA4(PaperSize paper) {
        return paper == null ? PaperSize.A4 : paper;
    }

    /** {@code &} starts a code in headers and footers; user text doubles it. */
    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
