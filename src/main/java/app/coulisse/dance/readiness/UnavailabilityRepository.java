package app.coulisse.dance.readiness;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnavailabilityRepository extends JpaRepository<DancerUnavailability, Long> {

    @Query("""
            select new app.coulisse.dance.readiness.DancerOut(u.id, c.id, c.castId, c.name, u.from, u.to, u.reason)
            from DancerUnavailability u join u.dancer c where u.removedAt is null order by u.from, c.castId""")
    List<DancerOut> all();

    @Query("""
            select new app.coulisse.dance.readiness.RemovedOut(u.id, c.castId, c.name, u.from, u.to, u.removedBy,
                u.removedAt)
            from DancerUnavailability u join u.dancer c where u.removedAt is not null order by u.removedAt desc, u.id""")
    List<RemovedOut> removed();
}
