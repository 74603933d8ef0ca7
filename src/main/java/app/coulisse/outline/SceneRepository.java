package app.coulisse.outline;

import app.coulisse.season.Episode;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SceneRepository extends JpaRepository<Scene, Long> {

    @Query("select coalesce(max(s.position), 0) from Scene s where s.episode = ?1")
    int maxPosition(Episode episode);

    /** The episode's scenes in order, with their act and set, in one statement. */
    @Query("select s from Scene s left join fetch s.act left join fetch s.set where s.episode = ?1 order by s.position")
    List<Scene> findByEpisodeInOrder(Episode episode);
}
