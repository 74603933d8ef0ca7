package app.coulisse.core;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many workbooks are written at once, across every export of the app: a burst of downloads of the season
 * workbook cannot take all the heap and processors; past the bound a caller waits a moment, then is refused
 * "export.busy" (503 with {@code Retry-After} on the API). Record 056.
 */
@Component
public class ExportPlaces {

    private final Bulkhead places;

    ExportPlaces(@Value("${coulisse.limits.exports:4}") int size,
                 @Value("${coulisse.limits.export-wait:5s}") Duration wait) {
        this.places = new Bulkhead(size, wait, "export.busy");
    }

    /** Writes a workbook in a place of its own; refuses when none frees up within the wait. */
    public <T, E extends Exception> T call(Bulkhead.Work<T, E> export) throws E {
        return places.call(export);
    }
}
