package app.coulisse.outline;

import app.coulisse.season.Episode;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SceneRepository extends JpaRepository<Scene, Long> {

    @Query("select coalesce(max(s.position), 0) from Scene s where s.episode = ?1")
    int maxPosition(Episode episode);

    /** The episode's scenes in order, with their act and set, in one statement. */
    @Query("select s from Scene s left join fetch s.act left join fetch s.set where s.episode = ?1 order by s.position")
    List<Scene> findByEpisodeInOrder(Episode episode);

    /** The episode's scene numbers in running order. */
    @Query("select s.number from Scene s where s.episode = ?1 order by s.position")
    List<String> numbers(Episode episode);

    /** Deletes the episode's scenes in one statement; appearances and storyline links go with them (on delete cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Scene s where s.episode = ?1")
    int deleteByEpisode(Episode episode);
}
