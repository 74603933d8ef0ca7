package app.coulisse.schedule;

import app.coulisse.season.Series;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleSettingsRepository extends JpaRepository<ScheduleSettings, Long> {

    Optional<ScheduleSettings> findBySeries(Series series);
}
