package app.coulisse.revision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SceneChangeRepository extends JpaRepository<SceneChange, Long> {

    /** A scene's history, newest first (by time: rows copied in later, such as V16's notes, fall into place). */
    @Query("""
            select new app.coulisse.revision.SceneChangeView(c.id, s.id, s.number, c.kind, c.field, c.before, c.after,
                r.colourName, r.colourHex, c.createdBy, c.createdAt)
            from SceneChange c join c.scene s left join c.revision r where s.id = ?1
            order by c.createdAt desc nulls last, c.id desc""")
    List<SceneChangeView> history(long sceneId);

    /** The changes counted in one revision, in scene order then as they happened. */
    @Query("""
            select new app.coulisse.revision.SceneChangeView(c.id, s.id, s.number, c.kind, c.field, c.before, c.after,
                r.colourName, r.colourHex, c.createdBy, c.createdAt)
            from SceneChange c join c.scene s join c.revision r where r.id = ?1 order by s.position, c.id""")
    List<SceneChangeView> inRevision(long revisionId);

    /** A scene and a revision one of its changes counts in. */
    record SceneMark(long sceneId, int sequence, String name, String hex) {
    }

    /** Every (scene, revision) pair of the episode's changes. */
    @Query("""
            select distinct new app.coulisse.revision.SceneChangeRepository$SceneMark(c.scene.id, r.sequence,
                r.colourName, r.colourHex) from SceneChange c join c.revision r where r.episode.id = ?1""")
    List<SceneMark> marksOfEpisode(long episodeId);

    /** Every (scene, revision) pair of the series' changes. */
    @Query("""
            select distinct new app.coulisse.revision.SceneChangeRepository$SceneMark(c.scene.id, r.sequence,
                r.colourName, r.colourHex) from SceneChange c join c.revision r where r.episode.series.id = ?1""")
    List<SceneMark> marksOfSeries(long seriesId);

    boolean existsByRevisionId(long revisionId);
}
