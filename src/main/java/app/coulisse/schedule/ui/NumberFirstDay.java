package app.coulisse.schedule.ui;

import app.coulisse.dance.ui.FirstDayNeeded;
import app.coulisse.schedule.ReadinessService;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the Costumes tab of the Dance numbers screen: the first shoot or rehearsal day of the number. */
@Component
class NumberFirstDay implements FirstDayNeeded {

    private final ReadinessService readinessService;

    NumberFirstDay(ReadinessService readinessService) {
        this.readinessService = readinessService;
    }

    @Override
    public Optional<LocalDate> of(long danceNumberId) {
        return readinessService.firstDayNeeded(danceNumberId);
    }
}
