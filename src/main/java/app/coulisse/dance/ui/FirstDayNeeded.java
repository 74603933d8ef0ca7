package app.coulisse.dance.ui;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The first shoot or rehearsal day that needs a dance number, told by the feature that plans those days (the schedule,
 * a layer above, record 048), so the Costumes tab can show a piece due after it as late.
 */
public interface FirstDayNeeded {

    /** The first day that needs this number; empty while it is on none. */
    Optional<LocalDate> of(long danceNumberId);
}
