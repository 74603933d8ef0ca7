package app.coulisse.sides;

import app.coulisse.core.Messages;
import app.coulisse.season.PaperSize;
import app.coulisse.sides.SidesPagination.Kind;
import app.coulisse.sides.SidesPagination.Line;
import app.coulisse.sides.SidesPagination.Page;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Sides as a PDF: each page laid out by {@link SidesPagination} and placed line by line in Courier 12 pt (ten
 * characters an inch, six lines an inch) on the series' paper, with a header naming the day and its scenes, the
 * scene numbers in both margins and the reader's name across the page.
 */
public final class SidesPdf {

    /** Where a page's 55 lines start, in points from the top (one inch). */
    private static final int BODY_TOP = 72;
    private static final int LINE_HEIGHT = 12;

    /** What the header says and whose name is on the pages. */
    public record Heading(String series, int dayNumber, int dayCount, String unit, LocalDate date,
                          List<String> scenes, String reader) {
    }

    private final Messages messages;
    private final Locale locale;

    public SidesPdf(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Writes the pages as one PDF. */
    public void write(Heading heading, List<Page> pages, PaperSize paper, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml(heading, pages, paper), null);
        builder.withProducer("Coulisse");
        builder.toStream(out);
        builder.run();
    }

    String xhtml(Heading heading, List<Page> pages, PaperSize paper) {
        StringBuilder html = new StringBuilder(8_192 + pages.size() * 6_000);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(label("sides.pdf.title", heading.series(), heading.dayNumber()))).append("</title><style>")
                .append(css(paper)).append("</style></head><body>");
        String day = label("sides.pdf.day", heading.dayNumber(), heading.dayCount(), heading.unit(),
                heading.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)));
        String scenes = label("sides.pdf.scenes", String.join(", ", heading.scenes()));
        for (int p = 0; p < pages.size(); p++) {
            html.append("<div class=\"page\">");
            html.append("<div class=\"watermark\">").append(esc(heading.reader())).append("</div>");
            html.append("<div class=\"header\" style=\"top:30pt\">").append(esc(heading.series())).append(" · ")
                    .append(esc(label("sides.pdf.sides"))).append(" · ").append(esc(day)).append("</div>");
            html.append("<div class=\"header\" style=\"top:42pt\">").append(esc(scenes)).append("</div>");
            html.append("<div class=\"header page-number\" style=\"top:30pt\">")
                    .append(esc(label("sides.pdf.page", p + 1, pages.size()))).append("</div>");
            List<Line> lines = pages.get(p).lines();
            for (int i = 0; i < lines.size(); i++) {
                line(html, lines.get(i), BODY_TOP + i * LINE_HEIGHT);
            }
            html.append("<div class=\"footer\">").append(esc(label("sides.pdf.for", heading.reader())))
                    .append("</div></div>");
        }
        return html.append("</body></html>").toString();
    }

    private static void line(StringBuilder html, Line line, int top) {
        if (line.kind() == Kind.DUAL) {
            column(html, line.columns().get(0), "left ", top);
            column(html, line.columns().get(1), "right ", top);
            return;
        }
        column(html, line, "", top);
        if (line.numbered()) {
            html.append("<div class=\"l number-left\" style=\"top:").append(top).append("pt\">")
                    .append(esc(line.scene())).append("</div><div class=\"l number-right\" style=\"top:").append(top)
                    .append("pt\">").append(esc(line.scene())).append("</div>");
        }
    }

    private static void column(StringBuilder html, Line line, String column, int top) {
        if (line.kind() == Kind.BLANK) {
            return;
        }
        html.append("<div class=\"l ").append(column).append(line.kind().name().toLowerCase(Locale.ROOT))
                .append("\" style=\"top:").append(top).append("pt\">").append(esc(line.text())).append("</div>");
    }

    /**
     * The screenplay page: action at 1.5 in from the left edge, dialogue at 2.5 in, parentheticals at 3.1 in, cues and
     * (MORE) at 3.7 in, transitions ending at 7.6 in; scene numbers from 0.75 in on the left and up to 0.4 in from the right edge.
     * Dual dialogue: two columns of 2.8 in, the left one's dialogue at 1.5 in, the right one's at 4.6 in, parentheticals
     * 0.3 in and cues 0.7 in further in.
     */
    private static String css(PaperSize paper) {
        return "@page{size:" + paper.widthPoints() + "pt " + paper.heightPoints() + "pt;margin:0}"
                + "body{margin:0;font-family:Courier;font-size:12pt}"
                + ".page{position:relative;width:" + paper.widthPoints() + "pt;height:" + paper.heightPoints()
                + "pt;overflow:hidden;page-break-after:always}"
                + ".page:last-child{page-break-after:auto}"
                + ".l{position:absolute;height:12pt;line-height:12pt;white-space:pre}"
                + ".heading,.action,.centered,.transition{left:1.5in;width:6.1in}"
                + ".centered{text-align:center}.transition{text-align:right}"
                + ".dialogue{left:2.5in}.parenthetical{left:3.1in}.cue,.more{left:3.7in}"
                + ".left.dialogue{left:1.5in}.left.parenthetical{left:1.8in}.left.cue,.left.more{left:2.2in}"
                + ".right.dialogue{left:4.6in}.right.parenthetical{left:4.9in}.right.cue,.right.more{left:5.3in}"
                + ".number-left{left:0.75in}.number-right{right:0.4in;text-align:right}"
                + ".header,.footer{position:absolute;left:0.75in;width:" + (paper.widthPoints() - 240)
                + "pt;font-family:Helvetica;font-size:9pt;line-height:11pt;white-space:nowrap;overflow:hidden}"
                + ".page-number{left:auto;right:0.75in;width:120pt;text-align:right}"
                + ".footer{top:" + (paper.heightPoints() - 40) + "pt;width:" + (paper.widthPoints() - 108)
                + "pt;text-align:center;color:#555555}"
                + ".watermark{position:absolute;left:0;top:" + (paper.heightPoints() / 2 - 40) + "pt;width:"
                + paper.widthPoints() + "pt;text-align:center;font-family:Helvetica;font-size:72pt;"
                + "color:#d8d8d8;transform:rotate(-40deg)}";
    }

    private String label(String key, Object... arguments) {
        return messages.get(key, locale, arguments);
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
