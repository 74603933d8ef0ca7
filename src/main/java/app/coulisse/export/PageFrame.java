package app.coulisse.export;

import app.coulisse.export.model.Episode;
import app.coulisse.export.model.RevisionChanges;
import app.coulisse.season.PaperSize;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * What makes a loose printed page identifiable and readable: the paper and margins of the series, a
 * header (series, episode or season, the sheet's title) and a footer (the draft and its date, the page
 * number of the count, the printed date), and a print scale never below {@link #MIN_SCALE}.
 */
final class PageFrame {

    /** The smallest print scale: the 11 pt body text never prints below 8 pt. */
    static final double MIN_SCALE = 0.75;
    /** Body text size of every style but the sheet titles. */
    static final double BODY_POINTS = 11;
    /** A default row, and one line of wrapped text, for 11 pt text. */
    static final double LINE_POINTS = 15;
    /** Column width unit (1/256 of a character of the default font, 7 pixels) in points. */
    static final double POINTS_PER_WIDTH_UNIT = 7 * 0.75 / 256;

    private final ExportContext context;

    PageFrame(ExportContext context) {
        this.context = context;
    }

    /** Paper, margins, header and footer of a new sheet titled {@code sheetTitle}. */
    void apply(Sheet sheet, String sheetTitle) {
        PrintFrame.paper(sheet, paper());
        PrintFrame.texts(sheet, context.data().series().title(), subject(), sheetTitle, draftLine(),
                context.label("xlsx.footer.page"), context.label("xlsx.footer.printed"));
    }

    /**
     * The draft a page was printed from: the current revision's name, label and date once the showrunner
     * started one, before that the episode's status and the date of its last change.
     */
    String draftLabel(Episode episode) {
        RevisionChanges revision = context.data().revision();
        if (revision != null) {
            return context.revisionName(revision.name()) + (revision.label().isEmpty() ? "" : " – " + revision.label()) + " · "
                    + revision.date();
        }
        String status = context.value("xlsx.status.", episode.status());
        return episode.draftDate() == null ? status : status + " · " + episode.draftDate();
    }

    /** "101 – Pilote" in an episode workbook, "Season 1" in the season's. */
    String subject() {
        BreakdownIndex data = context.data();
        if (data.season()) {
            return data.seasonNumber() > 0 ? context.label("xlsx.header.season") + " " + data.seasonNumber()
                    : context.label("xlsx.header.season");
        }
        Episode episode = data.episodes().getFirst();
        return episode.number() + " – " + episode.title();
    }

    private String draftLine() {
        BreakdownIndex data = context.data();
        return data.season() ? "" : draftLabel(data.episodes().getFirst());
    }

    PaperSize paper() {
        PaperSize paper = context.data().series().paper();
        return paper == null ? PaperSize.A4 : paper;
    }

    /** The width the body may take on the paper, in points. */
    double printableWidth(boolean landscape) {
        return PrintFrame.printableWidth(paper(), landscape);
    }

    /** The height the body may take on the paper, header and footer left out, in points. */
    double printableHeight(boolean landscape) {
        PaperSize paper = paper();
        return (landscape ? paper.widthPoints() : paper.heightPoints())
                - 2 * (paper.marginInches() + PrintFrame.HEADER_ROOM) * 72;
    }

    /** The scale a sheet this wide prints at when fitted to the page width: at most 1, as printers do. */
    static double fittedScale(double sheetWidthPoints, double printableWidthPoints) {
        return sheetWidthPoints <= 0 ? 1 : Math.min(1, printableWidthPoints / sheetWidthPoints);
    }
}
