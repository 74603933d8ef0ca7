package app.coulisse.outline;

import app.coulisse.season.Episode;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActRepository extends JpaRepository<Act, Long> {

    List<Act> findByEpisodeOrderByPosition(Episode episode);

    @Query("select coalesce(max(a.position), 0) from Act a where a.episode = ?1")
    int maxPosition(Episode episode);
}
