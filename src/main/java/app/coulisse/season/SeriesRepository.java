package app.coulisse.season;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeriesRepository extends JpaRepository<Series, Long> {

    Optional<Series> findFirstByOrderByIdAsc();
}
