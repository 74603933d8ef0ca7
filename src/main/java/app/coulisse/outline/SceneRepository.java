package app.coulisse.outline;

import app.coulisse.season.Episode;
import app.coulisse.season.Series;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SceneRepository extends JpaRepository<Scene, Long> {

    /** A scene with its set, so its heading reads after the transaction (a screen shows it: the script pane). */
    @Override
    @EntityGraph(attributePaths = "set")
    Optional<Scene> findById(Long id);

    /** The episode's scenes in order, with their act and set, in one statement. */
    @Query("select s from Scene s left join fetch s.act left join fetch s.set where s.episode = ?1 order by s.position")
    List<Scene> findByEpisodeInOrder(Episode episode);

    /** Every scene of the season in running order (episodes, then scenes), with episode, act and set, in one statement. */
    @Query("""
            select s from Scene s join fetch s.episode e left join fetch s.act left join fetch s.set
            where e.series = ?1 order by e.position, e.number, s.position""")
    List<Scene> findBySeriesInOrder(Series series);

    /** Loads the storylines of every scene of the season in one statement (into the scenes already loaded). */
    @Query("select distinct s from Scene s left join fetch s.storylines where s.episode.series = ?1")
    List<Scene> fetchStorylinesOfSeries(Series series);

    /** Loads the storylines of all the episode's scenes in one statement (into the scenes already loaded). */
    @Query("select distinct s from Scene s left join fetch s.storylines where s.episode = ?1")
    List<Scene> fetchStorylines(Episode episode);

    /** An episode's non-omitted scenes and their eighths. */
    record EpisodeCount(long episodeId, long scenes, long eighths) {
    }

    /** Scene and eighth counts of the season's episodes (non-omitted scenes), one row per episode that has any. */
    @Query("""
            select new app.coulisse.outline.SceneRepository$EpisodeCount(s.episode.id, count(s), coalesce(sum(s.eighths), 0))
            from Scene s where s.episode.series = ?1 and s.omitted = false group by s.episode.id""")
    List<EpisodeCount> countsBySeries(Series series);

    long countByEpisode(Episode episode);

    boolean existsByEpisodeAndNumberAndIdNot(Episode episode, String number, Long id);

    long countByAct(Act act);

    /**
     * Moves numbers that are about to change out of the way ("~" + id, never a valid number), so
     * renumbering never trips over the unique (episode, number) constraint, whatever the update order.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Scene s set s.number = concat('~', cast(s.id as String)) where s.id in ?1")
    void parkNumbers(Collection<Long> sceneIds);

    /** The episode's scene numbers in running order. */
    @Query("select s.number from Scene s where s.episode = ?1 order by s.position")
    List<String> numbers(Episode episode);

    /** Deletes one scene in one statement; its tags and storyline links go with it (on delete cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Scene s where s.id = ?1")
    int deleteOne(long sceneId);

    /** Deletes the episode's scenes in one statement; appearances and storyline links go with them (on delete cascade). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Scene s where s.episode = ?1")
    int deleteByEpisode(Episode episode);
}
