package app.coulisse.revision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SceneChangeRepository extends JpaRepository<SceneChange, Long> {

    /** A scene's history, newest first. */
    @Query("""
            select new app.coulisse.revision.SceneChangeView(c.id, s.id, s.number, c.kind, c.field, c.before, c.after,
                r.colourName, r.colourHex, c.createdBy, c.createdAt)
            from SceneChange c join c.scene s left join c.revision r where s.id = ?1 order by c.id desc""")
    List<SceneChangeView> history(long sceneId);

    /** The changes counted in one revision, in scene order then as they happened. */
    @Query("""
            select new app.coulisse.revision.SceneChangeView(c.id, s.id, s.number, c.kind, c.field, c.before, c.after,
                r.colourName, r.colourHex, c.createdBy, c.createdAt)
            from SceneChange c join c.scene s join c.revision r where r.id = ?1 order by s.position, c.id""")
    List<SceneChangeView> inRevision(long revisionId);

    /** Per scene of the episode, the latest revision any of its changes counts in. */
    @Query("""
            select c.scene.id, max(r.sequence) from SceneChange c join c.revision r
            where r.episode.id = ?1 group by c.scene.id""")
    List<Object[]> latestRevisionByScene(long episodeId);

    boolean existsByRevisionId(long revisionId);
}
