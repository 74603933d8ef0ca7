package app.coulisse.dance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CostumePieceRepository extends JpaRepository<CostumePiece, Long> {

    @Query("select p from CostumePiece p where p.danceNumber.id = ?1 order by p.dueDate nulls last, p.name")
    List<CostumePiece> byNumber(long danceNumberId);

    /** The pieces not built yet of these numbers, in one statement. */
    @Query("""
            select new app.coulisse.dance.CostumeReadinessRule$Unbuilt(p.danceNumber.id, p.name, p.built, p.quantity,
                p.dueDate)
            from CostumePiece p where p.danceNumber.id in ?1 and p.built < p.quantity order by p.dueDate nulls last, p.name""")
    List<CostumeReadinessRule.Unbuilt> unbuilt(Collection<Long> danceNumberIds);
}
