package app.coulisse.schedule;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.dance.readiness.DancePart;
import app.coulisse.season.Season;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RehearsalCallRepository extends JpaRepository<RehearsalCall, Long> {

    @Query("""
            select distinct c from RehearsalCall c join fetch c.danceNumber left join fetch c.dancers
            where c.season = ?1 order by c.date, c.start""")
    List<RehearsalCall> bySeason(Season season);

    @Query("select c from StoryCharacter c where c.id in ?1")
    List<StoryCharacter> characters(Collection<Long> ids);

    /** Minutes rehearsed per part and dancer called, over every call naming the part. */
    @Query("""
            select new app.coulisse.schedule.PartMinutes(p.id, d.id, sum(c.lengthMinutes))
            from RehearsalCall c join c.parts p join c.dancers d where p.id in ?1 group by p.id, d.id""")
    List<PartMinutes> minutesByPartAndDancer(Collection<Long> partIds);

    /** The first day this dance number is rehearsed, in any season. */
    @Query("select min(c.date) from RehearsalCall c where c.danceNumber.id = ?1")
    Optional<LocalDate> firstRehearsal(long danceNumberId);

    @Query("select p from DancePart p where p.id in ?1")
    List<DancePart> parts(Collection<Long> partIds);

    @Query("select n from DanceNumber n left join fetch n.principalDancers where n.id = ?1")
    List<DanceNumber> numberWithDancers(long numberId);
}
