package app.coulisse.breakdown;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ElementCategoryRepository extends JpaRepository<ElementCategory, Long> {

    List<ElementCategory> findAllByOrderByPosition();

    Optional<ElementCategory> findByNameIgnoreCase(String name);

    @Query("select coalesce(max(c.position), 0) from ElementCategory c")
    int maxPosition();
}
