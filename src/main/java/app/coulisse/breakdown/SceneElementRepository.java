package app.coulisse.breakdown;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SceneElementRepository extends JpaRepository<SceneElement, Long> {

    Optional<SceneElement> findBySceneIdAndElementId(long sceneId, long elementId);

    long countByElementId(long elementId);

    @Modifying
    @Query("delete from SceneElement l where l.element.id = ?1")
    void deleteByElement(long elementId);

    String LINK = """
            select new app.coulisse.breakdown.ElementLink(s.id, s.number, s.position, c.id, c.name, c.colour, c.position,
                e.id, e.name, l.quantity, l.note)
            from SceneElement l join l.scene s join l.element e join e.category c""";

    @Query(LINK + " where s.id = ?1 order by c.position, e.name")
    List<ElementLink> byScene(long sceneId);

    /** The installation holds one series, so the season is every scene. */
    @Query(LINK + " order by c.position, e.name, s.episode.position, s.position")
    List<ElementLink> inSeason();

    @Query(LINK + " where s.episode.id = ?1 order by c.position, e.name, s.position")
    List<ElementLink> byEpisode(long episodeId);

    @Query(LINK + " where e.id = ?1 order by s.episode.position, s.position")
    List<ElementLink> byElement(long elementId);
}
