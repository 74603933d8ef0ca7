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
 * time. A parsed font reads its tables lazily from one buffer, which PDFBox does not make safe for two documents at
 * once, so each pair serves one document at a time: taken from the pool, given back when the document is saved.
 * <p>
 * The fonts' glyph substitution table (GSUB) is hidden from PDFBox: for every string it draws with a font that has
 * one, PDFBox compiles regular expressions to look for substitutions, which was a third of a call sheet's render time
 * (record 052); Liberation Sans substitutes nothing a call sheet prints (no ligatures in Latin text; accented letters
 * are precomposed), and the table never reaches the PDF anyway (a subset keeps only the tables it needs).
 */
final class LiberationSans {

    private static final String FONTS = "/callsheet/fonts/";
    private static final byte[] REGULAR = withoutSubstitutions(read("LiberationSans-Regular.ttf"));
    private static final byte[] BOLD = withoutSubstitutions(read("LiberationSans-Bold.ttf"));
    private static final int TABLE_COUNT = 4;
    private static final int TABLE_DIRECTORY = 12;
    private static final int TABLE_RECORD = 16;
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

    /**
     * The font with its GSUB table's tag renamed in the table directory ({@code GSUB} → {@code gsub}), so PDFBox
     * finds no substitutions; the table's bytes and checksum are untouched.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[TABLE_COUNT] & 0xFF) << 8) | (copy[TABLE_COUNT + 1] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int tag = TABLE_DIRECTORY + i * TABLE_RECORD;
            if (copy[tag] == 'G' && copy[tag + 1] == 'S' && copy[tag + 2] == 'U' && copy[tag + 3] == 'B') {
                copy[tag] = 'g';
                copy[tag + 1] = 's';
                copy[tag + 2] = 'u';
                copy[tag + 3] = 'b';
            }
        }
        return copy;
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
