package app.coulisse.highlight;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagAnchorRepository extends JpaRepository<TagAnchor, Long> {

    String HIGHLIGHT = """
            select new app.coulisse.highlight.Highlight(a.id, s.id, a.scriptElementId, a.start, a.end, a.words,
                a.needsCheck, c.id, c.castId, c.name, d.id, d.title, el.id, el.name, cat.id, cat.colour,
                a.checkRevisionId)
            from TagAnchor a join a.scene s
                left join Appearance ap on ap.id = a.appearanceId left join ap.character c
                left join SceneDanceNumber dl on dl.id = a.danceLinkId left join dl.danceNumber d
                left join SceneElement sl on sl.id = a.elementLinkId left join sl.element el
                left join el.category cat""";

    @Query(HIGHLIGHT + " where s.id = ?1 order by a.scriptElementId, a.start")
    List<Highlight> byScene(long sceneId);

    @Query(HIGHLIGHT + " where s.episode.id = ?1 order by s.position, a.scriptElementId, a.start")
    List<Highlight> byEpisode(long episodeId);

    @Query(HIGHLIGHT + " where s.episode.id = ?1 and a.needsCheck = true order by s.position, a.start")
    List<Highlight> flaggedInEpisode(long episodeId);

    @Query("select a from TagAnchor a where a.scene.id in ?1")
    List<TagAnchor> inScenes(Collection<Long> sceneIds);

    @Query("select a.scene.id, count(a) from TagAnchor a where a.scene.episode.id = ?1 and a.needsCheck = true"
            + " group by a.scene.id")
    List<Object[]> flaggedCounts(long episodeId);
}
