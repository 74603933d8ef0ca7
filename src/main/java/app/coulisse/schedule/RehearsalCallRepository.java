package app.coulisse.schedule;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.dance.DanceNumber;
import app.coulisse.season.Season;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RehearsalCallRepository extends JpaRepository<RehearsalCall, Long> {

    @Query("""
            select distinct c from RehearsalCall c join fetch c.danceNumber left join fetch c.dancers
            where c.season = ?1 order by c.date, c.start""")
    List<RehearsalCall> bySeason(Season season);

    @Query("select c from StoryCharacter c where c.id in ?1")
    List<StoryCharacter> characters(Collection<Long> ids);

    @Query("select n from DanceNumber n left join fetch n.principalDancers where n.id = ?1")
    List<DanceNumber> numberWithDancers(long numberId);
}
