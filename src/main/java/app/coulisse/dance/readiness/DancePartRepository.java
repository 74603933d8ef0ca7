package app.coulisse.dance.readiness;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DancePartRepository extends JpaRepository<DancePart, Long> {

    @Query("""
            select new app.coulisse.dance.readiness.PartRow(p.id, p.version, p.danceNumber.id,
                p.name, p.seedKey, p.dancerCount, fc.id)
            from DancePart p left join p.firstCast fc where p.danceNumber.id in ?1
            order by p.danceNumber.id, p.position, p.id""")
    List<PartRow> parts(Collection<Long> danceNumberIds);

    @Query("""
            select new app.coulisse.dance.readiness.CoverRow(p.id, c.id)
            from DancePart p join p.covers c where p.id in ?1 order by p.id, index(c)""")
    List<CoverRow> covers(Collection<Long> partIds);

    @Query("select coalesce(max(p.position), -1) + 1 from DancePart p where p.danceNumber.id = ?1")
    int nextPosition(long danceNumberId);

    boolean existsByDanceNumber_IdAndNameIgnoreCase(long danceNumberId, String name);

    boolean existsByDanceNumber_IdAndNameIgnoreCaseAndIdNot(long danceNumberId, String name, long partId);
}
