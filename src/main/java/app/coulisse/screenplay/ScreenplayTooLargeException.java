package app.coulisse.screenplay;

import app.coulisse.core.DomainException;

/** A screenplay file over the upload limit: refused before it is read (the API answers 413 for it). */
public class ScreenplayTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ScreenplayTooLargeException() {
        super("screenplay.import.too-large", ScreenplayImportService.MAX_FILE_BYTES / (1024 * 1024));
    }
}
