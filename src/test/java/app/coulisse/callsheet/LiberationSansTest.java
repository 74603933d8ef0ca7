package app.coulisse.callsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The call sheet's font as PDFBox sees it: no glyph substitutions to look for, every other table as it was. */
class LiberationSansTest {

    @Test
    void the_font_keeps_its_glyphs_and_metrics_but_shows_no_substitution_table() throws IOException {
        byte[] font;
        try (InputStream in = LiberationSans.class.getResourceAsStream("/callsheet/fonts/LiberationSans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        try (TrueTypeFont original = parse(font); TrueTypeFont hidden = parse(LiberationSans.withoutSubstitutions(font))) {
            assertThat(original.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
            assertThat(hidden.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(hidden.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
            int eAcute = original.getUnicodeCmapLookup().getGlyphId('é');
            assertThat(hidden.getUnicodeCmapLookup().getGlyphId('é')).isEqualTo(eAcute).isPositive();
            assertThat(hidden.getAdvanceWidth(eAcute)).isEqualTo(original.getAdvanceWidth(eAcute));
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
