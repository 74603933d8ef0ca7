package app.coulisse.screenplay;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ScriptElementRepository extends Repository<ScriptElementRow, Long> {

    @Query("""
            select new app.coulisse.screenplay.StoredElement(e.id, e.sceneId, e.position, e.type, e.text, e.dual,
                e.revisionId)
            from ScriptElementRow e where e.sceneId = :sceneId order by e.position""")
    List<StoredElement> ofScene(long sceneId);

    @Query("""
            select new app.coulisse.screenplay.StoredElement(e.id, e.sceneId, e.position, e.type, e.text, e.dual,
                e.revisionId)
            from ScriptElementRow e
            where e.sceneId in (select s.id from Scene s where s.episode.id = :episodeId)
            order by e.sceneId, e.position""")
    List<StoredElement> ofEpisode(long episodeId);
}
