package app.coulisse.schedule;

import app.coulisse.core.DomainException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/** Two people adding the same date to a unit at once: the database's unique rule refuses the second, as we do. */
final class DayOverlaps {

    private DayOverlaps() {
    }

    static <T> T refuse(Supplier<T> write, String unitName, LocalDate date) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException duplicate) {
            throw new DomainException("schedule.day.overlap", unitName, date);
        }
    }
}
