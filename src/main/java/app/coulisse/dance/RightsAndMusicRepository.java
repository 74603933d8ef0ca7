package app.coulisse.dance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RightsAndMusicRepository extends JpaRepository<RightsAndMusic, Long> {

    Optional<RightsAndMusic> findByDanceNumberId(long danceNumberId);

    @Query("select r from RightsAndMusic r where r.danceNumber.id in ?1")
    List<RightsAndMusic> findByDanceNumbers(Collection<Long> danceNumberIds);

    /** Each number's licence status and term, for readiness, in one statement. */
    @Query("""
            select new app.coulisse.dance.RightsReadinessRule$Terms(r.danceNumber.id, r.rightsStatus, r.termStart, r.termEnd)
            from RightsAndMusic r where r.danceNumber.id in ?1""")
    List<RightsReadinessRule.Terms> terms(Collection<Long> danceNumberIds);

    /** How each number's music is played and how far it is cleared (nothing known: no clearances), in one statement. */
    @Query("""
            select new app.coulisse.dance.MusicReadinessRule$Music(d.id, d.musicSource, r.syncClearance,
                r.masterClearance, r.recordedByProduction)
            from DanceNumber d left join RightsAndMusic r on r.danceNumber = d where d.id in ?1""")
    List<MusicReadinessRule.Music> music(Collection<Long> danceNumberIds);
}
