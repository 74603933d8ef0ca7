package app.coulisse.screenplay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written screenplay files under {@code src/test/resources/screenplay}; the API tests post them too. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/screenplay/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Screenplay read(String name) throws UnreadableScreenplayException {
        return new ScreenplayReader().read(name, bytes(name));
    }
}
