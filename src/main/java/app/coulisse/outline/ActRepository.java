package app.coulisse.outline;

import app.coulisse.season.Episode;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActRepository extends JpaRepository<Act, Long> {

    List<Act> findByEpisodeOrderByPosition(Episode episode);
}
