package app.coulisse.cast;

import app.coulisse.season.Episode;
import app.coulisse.season.Series;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface AppearanceRepository extends JpaRepository<Appearance, Long> {

    Optional<Appearance> findBySceneIdAndCharacterId(long sceneId, long characterId);

    /** The episodes the character is tagged in. */
    @Query("select distinct a.scene.episode from Appearance a where a.character.id = ?1")
    List<Episode> episodesOfCharacter(long characterId);

    /**
     * The same lookup without flushing the session first. Safe for tagging: appearance ids are database-generated,
     * so a saved tag is already a row, and no pending change moves a tag to another scene or character while tags
     * are written. Flushing before each lookup dirty-checks everything the session holds, which made an import
     * quadratic in its scenes (record 034).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select a from Appearance a where a.scene.id = ?1 and a.character.id = ?2")
    Optional<Appearance> findTagWithoutFlush(long sceneId, long characterId);

    List<Appearance> findByCharacterId(long characterId);

    long countByCharacterId(long characterId);

    @Query("""
            select new app.coulisse.cast.SceneAppearance(s.id, c.id, c.castId, c.name, a.speaking, a.dancing)
            from Appearance a join a.scene s join a.character c
            where s.id = ?1 order by c.castId""")
    List<SceneAppearance> byScene(long sceneId);

    @Query("""
            select new app.coulisse.cast.SceneAppearance(s.id, c.id, c.castId, c.name, a.speaking, a.dancing)
            from Appearance a join a.scene s join a.character c
            where s.episode.id = ?1 order by s.position, c.castId""")
    List<SceneAppearance> byEpisode(long episodeId);

    /** The speaking tags of the episode that only a file made (record 027). */
    @Query("""
            select new app.coulisse.cast.SceneAppearance(s.id, c.id, c.castId, c.name, a.speaking, a.dancing)
            from Appearance a join a.scene s join a.character c
            where s.episode.id = ?1 and a.fromFile = true and a.speaking = true order by s.position, c.castId""")
    List<SceneAppearance> fileSpeakers(long episodeId);

    @Query("""
            select new app.coulisse.cast.SceneAppearance(s.id, c.id, c.castId, c.name, a.speaking, a.dancing)
            from Appearance a join a.scene s join a.character c
            where c.series = ?1 order by s.id, c.castId""")
    List<SceneAppearance> bySeries(Series series);

    @Query("""
            select new app.coulisse.cast.CharacterAppearance(s.id, e.id, e.number, s.number, st.name, a.speaking, a.dancing)
            from Appearance a join a.scene s join s.episode e left join s.set st
            where a.character.id = ?1 order by e.position, s.position""")
    List<CharacterAppearance> byCharacter(long characterId);
}
