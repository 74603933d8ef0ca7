package app.coulisse.dance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PointeShoesRepository extends JpaRepository<PointeShoes, Long> {

    @Query("select s from PointeShoes s left join fetch s.allotments where s.danceNumber.id = ?1")
    Optional<PointeShoes> findByDanceNumberId(long danceNumberId);

    @Query("select distinct s from PointeShoes s join s.allotments a where key(a) = ?1")
    List<PointeShoes> allottedTo(long characterId);

    /** Each number's pairs needed (as the shoe count reckons them) and received, in one statement. */
    @Query("""
            select new app.coulisse.dance.PointeShoeReadinessRule$Pairs(d.id, d.shoesPerDancer,
                (select count(c) from DanceNumber d2 join d2.principalDancers c where d2 = d), d.ensembleSize,
                s.pairsReceived)
            from DanceNumber d left join PointeShoes s on s.danceNumber = d where d.id in ?1""")
    List<PointeShoeReadinessRule.Pairs> pairs(Collection<Long> danceNumberIds);
}
