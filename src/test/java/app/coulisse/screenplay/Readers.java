package app.coulisse.screenplay;

import org.springframework.test.util.AopTestUtils;

/** For tests outside this package: puts a reader of their own into the import service (and back). */
public final class Readers {

    private Readers() {
    }

    /** Makes the service parse with {@code reader}. */
    public static void use(ScreenplayImportService service, ScreenplayReader reader) {
        AopTestUtils.<ScreenplayImportService>getTargetObject(service).useReader(reader);
    }

    /** Gives the service back its ordinary reader. */
    public static void restore(ScreenplayImportService service) {
        use(service, new ScreenplayReader());
    }
}
