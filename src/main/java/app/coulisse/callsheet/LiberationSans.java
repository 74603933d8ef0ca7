package app.coulisse.callsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans Regular and Bold, read from the class path once and parsed once per renderer working at the same
 * time: parsing and measuring the TrueType fonts for every document was most of a call sheet's render time (record
 * 052). A parsed font reads its tables lazily from one buffer, which PDFBox does not make safe for two documents at
 * once, so each pair serves one document at a time: taken from the pool, given back when the document is saved.
 */
final class LiberationSans {

    private static final String FONTS = "/callsheet/fonts/";
    private static final byte[] REGULAR = read("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSans-Bold.ttf");
    private static final Queue<LiberationSans> IDLE = new ConcurrentLinkedQueue<>();

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private LiberationSans() throws IOException {
        this.regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
        this.bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
    }

    /** An idle pair, or a newly parsed one when every pair is busy; give it back with {@link #release()}. */
    static LiberationSans take() throws IOException {
        LiberationSans fonts = IDLE.poll();
        return fonts != null ? fonts : new LiberationSans();
    }

    /** Gives the pair back once the document that used it is saved. */
    void release() {
        IDLE.add(this);
    }

    /** The regular face for {@code document}, embedded as a subset when the document is saved. */
    PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, regular, true);
    }

    /** The bold face for {@code document}, embedded as a subset when the document is saved. */
    PDType0Font bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, bold, true);
    }

    private static byte[] read(String file) {
        try (InputStream in = LiberationSans.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + FONTS + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
