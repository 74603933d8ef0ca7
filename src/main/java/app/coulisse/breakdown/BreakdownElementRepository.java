package app.coulisse.breakdown;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BreakdownElementRepository extends JpaRepository<BreakdownElement, Long> {

    Optional<BreakdownElement> findByCategoryIdAndNameIgnoreCase(long categoryId, String name);

    List<BreakdownElement> findByCategoryIdOrderByName(long categoryId);

    @Query("""
            select new app.coulisse.breakdown.ElementSummary(e.id, e.category.id, e.name,
                (select count(l) from SceneElement l where l.element = e))
            from BreakdownElement e where e.category.id = ?1 order by e.name""")
    List<ElementSummary> summaries(long categoryId);
}
