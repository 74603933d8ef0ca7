package app.coulisse.breakdown;

import app.coulisse.season.Episode;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SceneElementRepository extends JpaRepository<SceneElement, Long> {

    Optional<SceneElement> findBySceneIdAndElementId(long sceneId, long elementId);

    long countByElementId(long elementId);

    /** The episodes the element is tagged in. */
    @Query("select distinct l.scene.episode from SceneElement l where l.element.id = ?1")
    List<Episode> episodesOfElement(long elementId);

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

    /** The duplicate's place among an element's wearers goes to the survivor, once; the duplicate's rows go with it. */
    @Modifying
    @Query(value = """
            update scene_element_wearer set character_id = ?2 where character_id = ?1 and not exists (
                select 1 from scene_element_wearer kept
                where kept.scene_element_id = scene_element_wearer.scene_element_id and kept.character_id = ?2)""",
            nativeQuery = true)
    void moveWearers(long duplicateId, long survivorId);

    String WEARER = """
            select new app.coulisse.breakdown.ElementWearer(l.scene.id, l.element.id, c.id, c.castId)
            from SceneElement l join l.wearers w join app.coulisse.cast.StoryCharacter c on c.id = w""";

    @Query(WEARER + " where l.scene.id = ?1 order by c.castId")
    List<ElementWearer> wearersInScene(long sceneId);

    @Query(WEARER + " where l.scene.episode.id = ?1 order by c.castId")
    List<ElementWearer> wearersInEpisode(long episodeId);

    /** The installation holds one series, so the season is every scene. */
    @Query(WEARER + " order by c.castId")
    List<ElementWearer> wearersInSeason();

    @Query(LINK + " where e.id = ?1 order by s.episode.position, s.position")
    List<ElementLink> byElement(long elementId);
}
