package app.coulisse.screenplay;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import app.coulisse.screenplay.UnreadableScreenplayException.Reason;

/** Turns an uploaded file into text: UTF-8 (or UTF-16 with a byte order mark), BOM dropped, new lines as {@code \n}. */
final class ScreenplayText {

    private ScreenplayText() {
    }

    static String decode(byte[] content) throws UnreadableScreenplayException {
        if (content == null || content.length == 0) {
            throw new UnreadableScreenplayException(Reason.EMPTY);
        }
        Charset charset = utf16ByteOrderMark(content) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        if (charset == StandardCharsets.UTF_8 && hasControlBytes(content)) {
            throw new UnreadableScreenplayException(Reason.BINARY);
        }
        String text = strictDecode(content, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableScreenplayException(Reason.EMPTY);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean utf16ByteOrderMark(byte[] content) {
        return content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
    }

    // Text never holds control bytes other than tab, new lines and form feed; images and archives always do.
    private static boolean hasControlBytes(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    private static String strictDecode(byte[] content, Charset charset) throws UnreadableScreenplayException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate((int) (content.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableScreenplayException(Reason.ENCODING, lineOf(content, in.position()));
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
