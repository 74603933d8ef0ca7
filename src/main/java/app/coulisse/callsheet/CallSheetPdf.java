package app.coulisse.callsheet;

import app.coulisse.core.Eighths;
import app.coulisse.core.Messages;
import app.coulisse.core.SeededName;
import app.coulisse.season.PaperSize;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A call sheet as a printable PDF: XHTML and CSS laid out by openhtmltopdf on the series' paper, with Liberation Sans
 * embedded, its labels in the crew's language or in two ("Scenes / Séquences"). A normal day fits one or two pages.
 */
public final class CallSheetPdf {

    private static final String FONT = "Liberation Sans";

    static {
        // The renderer logs each document's steps at INFO: keep its warnings only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final Messages messages;
    private final List<Locale> locales;

    /** Labels in each of {@code locales}, the first of which also formats the dates. */
    public CallSheetPdf(Messages messages, List<Locale> locales) {
        this.messages = messages;
        this.locales = List.copyOf(locales);
    }

    /** Writes a published version, or the draft when {@code version} is 0. */
    public void write(CallSheetContent content, int version, List<Change> changes, PaperSize paper, OutputStream out)
            throws IOException {
        String xhtml = xhtml(content, version, changes, paper);
        LiberationSans fonts = LiberationSans.take();
        // The renderer saves and closes the document it is given.
        PDDocument document = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(fonts.regular(document)), FONT, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(fonts.bold(document)), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Coulisse");
            builder.toStream(out);
            builder.run();
        } finally {
            document.close();
            fonts.release();
        }
    }

    /** The document, for the renderer. */
    String xhtml(CallSheetContent c, int version, List<Change> changes, PaperSize paper) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>").append(esc(c.series()))
                .append("</title><style>").append(css(paper)).append("</style></head><body>");
        header(html, c, version);
        if (version > 1 && !changes.isEmpty()) {
            html.append("<div class=\"revised\"><b>").append(esc(label("callsheet.pdf.revised", version)))
                    .append("</b><ul>");
            changes.forEach(change -> html.append("<li>").append(esc(change(change))).append("</li>"));
            html.append("</ul></div>");
        }
        locations(html, c);
        scenes(html, c.scenes(), c.eighths(), label("callsheet.pdf.scenes"));
        cast(html, c);
        dances(html, c);
        calls(html, c);
        elements(html, c);
        if (c.notes() != null) {
            html.append("<h2>").append(esc(label("callsheet.pdf.notes"))).append("</h2><p class=\"notes\">")
                    .append(esc(c.notes())).append("</p>");
        }
        if (c.advance() != null) {
            scenes(html, c.advance().scenes(), c.advance().scenes().stream()
                            .mapToInt(CallSheetContent.SceneLine::eighths).sum(),
                    label("callsheet.pdf.advance", date(c.advance().date()), c.advance().dayNumber()));
        }
        return html.append("</body></html>").toString();
    }

    private void header(StringBuilder html, CallSheetContent c, int version) {
        html.append("<table class=\"head\"><tr><td class=\"title\"><div class=\"series\">").append(esc(c.series()))
                .append("</div><div>").append(esc(label("callsheet.pdf.episodes", String.join(", ", c.episodes()))))
                .append("</div><div>").append(esc(c.unit())).append("</div><div class=\"day\">")
                .append(esc(label("callsheet.pdf.day-of", c.dayNumber(), c.dayCount()))).append("</div><div>")
                .append(esc(date(c.date()))).append("</div></td><td class=\"calls\">");
        html.append("<div class=\"crew\">").append(esc(label("callsheet.crew-call"))).append(" <b>")
                .append(CallTimes.format(c.crewCall())).append("</b></div><div>")
                .append(esc(label("callsheet.shooting-call"))).append(" <b>")
                .append(CallTimes.format(c.shootingCall())).append("</b></div>");
        c.locations().stream().filter(l -> l.sunrise() != null || l.sunset() != null).findFirst().ifPresent(l ->
                html.append("<div>").append(esc(label("callsheet.sun", time(l.sunrise()), time(l.sunset()))))
                        .append("</div>"));
        html.append("<div class=\"zone\">").append(esc(c.timeZone())).append("</div><div class=\"version\">")
                .append(esc(version == 0 ? label("callsheet.pdf.draft") : label("callsheet.pdf.version", version)))
                .append("</div></td></tr></table>");
    }

    private void locations(StringBuilder html, CallSheetContent c) {
        if (c.locations().isEmpty()) {
            return;
        }
        table(html, label("callsheet.pdf.locations"), "callsheet.location.name", "callsheet.location.address",
                "callsheet.location.parking", "callsheet.location.hospital", "callsheet.location.contact",
                "callsheet.pdf.sun");
        for (CallSheetContent.Location l : c.locations()) {
            row(html, l.name(), l.address() == null ? label("callsheet.pdf.no-address") : l.address(), l.parking(),
                    l.hospital(), l.contact(), l.sunrise() == null && l.sunset() == null ? ""
                            : time(l.sunrise()) + " – " + time(l.sunset()));
        }
        html.append("</tbody></table>");
    }

    private void scenes(StringBuilder html, List<CallSheetContent.SceneLine> scenes, int eighths, String title) {
        tableOf(html, "scenes", title, "production.strip.scene", "scene.int-ext.short", "production.strip.set",
                "scene.time-of-day.short", "production.strip.pages", "production.strip.cast",
                "callsheet.pdf.synopsis", "callsheet.pdf.location");
        for (CallSheetContent.SceneLine s : scenes) {
            row(html, s.label(), s.intExt(), s.set(), timeOfDay(s.timeOfDay()), Eighths.format(s.eighths()),
                    s.castIds().stream().map(String::valueOf).collect(Collectors.joining(", ")), s.synopsis(),
                    s.location());
        }
        html.append("<tr class=\"total\"><td colspan=\"4\">").append(esc(label("callsheet.pdf.page-total")))
                .append("</td><td>").append(esc(Eighths.format(eighths))).append("</td><td colspan=\"3\"></td></tr>")
                .append("</tbody></table>");
    }

    private void cast(StringBuilder html, CallSheetContent c) {
        if (c.cast().isEmpty()) {
            return;
        }
        table(html, label("callsheet.pdf.cast"), "callsheet.cast.id", "callsheet.cast.character",
                "callsheet.cast.performer", "callsheet.cast.status", "callsheet.cast.pick-up",
                "callsheet.cast.make-up", "callsheet.cast.wardrobe", "callsheet.cast.on-set");
        for (CallSheetContent.CastLine line : c.cast()) {
            row(html, String.valueOf(line.castId()), line.character(), line.performer(), line.dood(),
                    time(line.pickUp()), time(line.makeUp()), time(line.wardrobe()), time(line.onSet()));
        }
        html.append("</tbody></table>");
    }

    private void dances(StringBuilder html, CallSheetContent c) {
        if (c.dances().isEmpty()) {
            return;
        }
        table(html, label("callsheet.pdf.dances"), "callsheet.dance.title", "callsheet.dance.choreographer",
                "callsheet.dance.music", "callsheet.dance.plays", "callsheet.dance.dancers",
                "callsheet.dance.costumes", "callsheet.dance.pointe-shoes");
        for (CallSheetContent.DanceLine d : c.dances()) {
            String dancers = String.join(", ", d.principals())
                    + (d.ensemble() > 0 ? (d.principals().isEmpty() ? "" : " + ")
                    + label("callsheet.dance.ensemble", d.ensemble()) : "");
            row(html, d.title(), d.choreographer(), d.music(),
                    d.musicSource() == null ? "" : label("dance.source." + d.musicSource()), dancers, d.costumes(),
                    d.pointeShoes() == 0 ? "" : label("callsheet.dance.pairs", d.pointeShoes()));
        }
        html.append("</tbody></table>");
    }

    private void calls(StringBuilder html, CallSheetContent c) {
        if (c.rehearsals().isEmpty() && c.fittings().isEmpty()) {
            return;
        }
        table(html, label("callsheet.pdf.calls"), "callsheet.call.time", "callsheet.call.what",
                "callsheet.call.where", "callsheet.call.who");
        for (CallSheetContent.RehearsalLine r : c.rehearsals()) {
            row(html, time(r.start()) + " – " + time(r.start().plusMinutes(r.minutes())),
                    label("callsheet.call.rehearsal", r.title()), r.studio(), String.join(", ", r.dancers()));
        }
        for (CallSheetContent.FittingLine f : c.fittings()) {
            row(html, time(f.start()) + " – " + time(f.start().plusMinutes(f.minutes())),
                    label("callsheet.call.fitting") + (f.note().isEmpty() ? "" : " — " + f.note()), "",
                    app.coulisse.cast.CastLabel.of(f.castId(), f.name()));
        }
        html.append("</tbody></table>");
    }

    private void elements(StringBuilder html, CallSheetContent c) {
        if (c.background().isEmpty() && c.departments().isEmpty()) {
            return;
        }
        table(html, label("callsheet.pdf.departments"), "callsheet.pdf.department", "callsheet.pdf.needs");
        if (!c.background().isEmpty()) {
            row(html, SeededName.display("category.seeded", "background", "Background", messages, locales.getFirst()),
                    c.background().stream().map(b -> b.name() + " ×" + b.quantity())
                            .collect(Collectors.joining(", ")));
        }
        for (CallSheetContent.Department d : c.departments()) {
            row(html, SeededName.display("category.seeded", d.seedKey(), d.category(), messages, locales.getFirst()),
                    String.join(", ", d.items()));
        }
        html.append("</tbody></table>");
    }

    private void table(StringBuilder html, String title, String... headers) {
        tableOf(html, "", title, headers);
    }

    private void tableOf(StringBuilder html, String cssClass, String title, String... headers) {
        html.append("<h2>").append(esc(title)).append("</h2><table class=\"").append(cssClass).append("\"><thead><tr>");
        for (String header : headers) {
            html.append("<th>").append(esc(label(header))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
    }

    private static void row(StringBuilder html, String... cells) {
        html.append("<tr>");
        for (String cell : cells) {
            html.append("<td>").append(esc(cell)).append("</td>");
        }
        html.append("</tr>");
    }

    /** What a change says, in the first language (a sentence per change, not a label). */
    String change(Change change) {
        return messages.get(change.kind().messageKey(), locales.getFirst(), change.subject(), change.before(),
                change.after());
    }

    /** A label in every language of the sheet, "Cast / Distribution"; the same word once. */
    private String label(String key, Object... arguments) {
        return locales.stream().map(locale -> messages.get(key, locale, arguments)).distinct()
                .collect(Collectors.joining(" / "));
    }

    private String timeOfDay(String name) {
        return messages.find("time-of-day." + name, locales.getFirst()).orElse(name);
    }

    private String date(java.time.LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locales.getFirst()).format(date);
    }

    private static String time(LocalTime time) {
        return CallTimes.format(time);
    }

    private static String css(PaperSize paper) {
        return "@page { size: " + (paper == PaperSize.LETTER ? "letter" : "A4") + " portrait; margin: 11mm 10mm 13mm 10mm;"
                + " @bottom-right { content: counter(page) \" / \" counter(pages); font-family: '" + FONT + "';"
                + " font-size: 7pt; } }"
                + "body { font-family: '" + FONT + "'; font-size: 7.5pt; color: #000; }"
                + "table { width: 100%; border-collapse: collapse; margin-bottom: 3pt; -fs-table-paginate: paginate; }"
                + "th, td { border: 0.5pt solid #888; padding: 1.5pt 3pt; text-align: left; vertical-align: top; }"
                + "th { background: #e6e6e6; font-weight: bold; }"
                + "tr { page-break-inside: avoid; }"
                + "h2 { font-size: 8.5pt; margin: 5pt 0 2pt 0; text-transform: uppercase;"
                // A section's title never ends a page: with less than this left, it starts the next one.
                + " -fs-page-break-min-height: 2cm; }"
                + "table.head td { border: 1pt solid #000; padding: 4pt; }"
                + "td.title { width: 62%; } .series { font-size: 15pt; font-weight: bold; }"
                + ".day { font-size: 10pt; font-weight: bold; } td.calls { font-size: 9pt; }"
                + ".crew { font-size: 12pt; } td.calls b { white-space: nowrap; } .zone { color: #555; } .version { margin-top: 3pt; font-weight: bold; }"
                + ".revised { border: 1pt solid #b00020; color: #b00020; padding: 3pt; margin-top: 4pt; }"
                + ".revised ul { margin: 2pt 0 0 12pt; padding: 0; }"
                + "table.scenes td:first-child { white-space: nowrap; }"
                + "tr.total td { font-weight: bold; } .notes { white-space: pre-wrap; margin: 0; }";
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
