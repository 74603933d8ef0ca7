package app.coulisse.season;

import app.coulisse.core.DomainException;

/** Something was asked of the series before the showrunner set it up: the API answers 409, the UI sends to setup. */
public class SeriesNotSetUpException extends DomainException {

    public SeriesNotSetUpException() {
        super("series.none");
    }
}
