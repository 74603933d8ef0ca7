package app.coulisse.suggestion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SceneSuggestionRepository extends JpaRepository<SceneSuggestion, Long> {

    String VIEW = """
            select new app.coulisse.suggestion.SuggestionView(g.id, s.id, s.number, g.kind, g.status, g.name,
                g.targetId, g.categoryId, c.name, g.evidence, g.evidenceStart, g.evidenceEnd)
            from SceneSuggestion g join Scene s on s.id = g.sceneId left join ElementCategory c on c.id = g.categoryId
            """;

    List<SceneSuggestion> findBySceneIdIn(Collection<Long> sceneIds);

    List<SceneSuggestion> findBySceneIdAndStatusOrderById(long sceneId, SuggestionStatus status);

    @Query(VIEW + """
            where s.episode.id = ?1 and g.status in ?2
            order by s.position, g.id
            """)
    List<SuggestionView> views(long episodeId, Collection<SuggestionStatus> statuses);

    @Query(VIEW + """
            where s.id = ?1 and g.status = app.coulisse.suggestion.SuggestionStatus.PENDING
            order by g.id
            """)
    List<SuggestionView> pendingInScene(long sceneId);

    @Query(VIEW + " where g.id = ?1")
    Optional<SuggestionView> view(long suggestionId);

    @Query("""
            select g.sceneId, count(g) from SceneSuggestion g join Scene s on s.id = g.sceneId
            where s.episode.id = ?1 and g.status = app.coulisse.suggestion.SuggestionStatus.PENDING
            group by g.sceneId
            """)
    List<Object[]> pendingCounts(long episodeId);
}
