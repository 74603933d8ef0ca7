package app.coulisse.notes;

import app.coulisse.outline.Scene;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SceneNoteRepository extends JpaRepository<SceneNote, Long> {

    List<SceneNote> findBySceneOrderByIdAsc(Scene scene);

    @Query("select n.scene.id, count(n) from SceneNote n where n.scene.episode.id = ?1 and n.question = true"
            + " and n.answeredAt is null group by n.scene.id")
    List<Object[]> openQuestionCounts(long episodeId);

    @Query("select new app.coulisse.notes.OpenQuestion(n.id, s.id, s.number, n.body, n.createdBy, n.createdAt)"
            + " from SceneNote n join n.scene s where s.episode.id = ?1 and n.question = true and n.answeredAt is null"
            + " order by s.position, n.id")
    List<OpenQuestion> openQuestions(long episodeId);
}
