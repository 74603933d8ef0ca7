package app.coulisse.callsheet;

import app.coulisse.season.Series;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallSheetSettingsRepository extends JpaRepository<CallSheetSettings, Long> {

    Optional<CallSheetSettings> findBySeries(Series series);
}
