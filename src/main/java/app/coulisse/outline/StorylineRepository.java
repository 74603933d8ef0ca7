package app.coulisse.outline;

import app.coulisse.season.Series;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StorylineRepository extends JpaRepository<Storyline, Long> {

    List<Storyline> findBySeriesOrderByLabel(Series series);

    Optional<Storyline> findBySeriesAndLabelIgnoreCase(Series series, String label);
}
