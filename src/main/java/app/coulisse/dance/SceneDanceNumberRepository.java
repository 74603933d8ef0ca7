package app.coulisse.dance;

import app.coulisse.season.Episode;
import app.coulisse.season.Series;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SceneDanceNumberRepository extends JpaRepository<SceneDanceNumber, Long> {

    Optional<SceneDanceNumber> findBySceneIdAndDanceNumberId(long sceneId, long danceNumberId);

    long countByDanceNumberId(long danceNumberId);

    /** The episodes the dance number is tagged in. */
    @Query("select distinct l.scene.episode from SceneDanceNumber l where l.danceNumber.id = ?1")
    List<Episode> episodesOfDanceNumber(long danceNumberId);

    @Modifying
    @Query("delete from SceneDanceNumber l where l.danceNumber.id = ?1")
    void deleteByDanceNumber(long danceNumberId);

    String LINK = """
            select new app.coulisse.dance.DanceLink(s.id, e.id, e.number, s.number, s.position, d.id, d.title, l.note)
            from SceneDanceNumber l join l.scene s join s.episode e join l.danceNumber d""";

    @Query(LINK + " where s.id = ?1 order by d.title")
    List<DanceLink> byScene(long sceneId);

    @Query(LINK + " where e.series = ?1 order by e.position, s.position, d.title")
    List<DanceLink> bySeries(Series series);

    @Query(LINK + " where e.id = ?1 order by s.position, d.title")
    List<DanceLink> byEpisode(long episodeId);

    @Query(LINK + " where d.id = ?1 order by e.position, s.position")
    List<DanceLink> byDanceNumber(long danceNumberId);
}
