package app.coulisse.outline;

import app.coulisse.season.Series;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StorySetRepository extends JpaRepository<StorySet, Long> {

    Optional<StorySet> findBySeriesAndNameIgnoreCase(Series series, String name);

    List<StorySet> findBySeriesOrderByName(Series series);
}
