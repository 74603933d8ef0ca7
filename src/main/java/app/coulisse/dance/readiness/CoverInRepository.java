package app.coulisse.dance.readiness;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoverInRepository extends JpaRepository<CoverIn, Long> {

    /** A cover put in as listed, with its absence, part and dancers, in one row. */
    String LINES = """
            select new app.coulisse.dance.readiness.CoverInLine(i.id, u.id, p.id, p.name, p.seedKey, p.danceNumber.id, o.id,
                o.castId, c.id, c.castId, c.name, u.from, u.to, i.createdBy, i.createdAt, i.undoneBy, i.undoneAt)
            from CoverIn i join i.unavailability u join u.dancer o join i.part p join i.cover c
            """;

    @Query(LINES + "where i.undoneAt is null order by u.from, i.id")
    List<CoverInLine> active();

    @Query(LINES + "where u.id = ?1 order by i.id")
    List<CoverInLine> history(long unavailabilityId);

    @Query("select i from CoverIn i where i.unavailability.id = ?1 and i.undoneAt is null")
    List<CoverIn> activeOf(long unavailabilityId);
}
