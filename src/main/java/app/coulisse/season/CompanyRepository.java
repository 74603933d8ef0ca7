package app.coulisse.season;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, Long> {

    List<Company> findBySeriesOrderByPositionAscNameAsc(Series series);

    boolean existsBySeriesAndNameIgnoreCase(Series series, String name);

    boolean existsBySeriesAndNameIgnoreCaseAndIdNot(Series series, String name, Long id);

    @Query("select coalesce(max(c.position), 0) from Company c where c.series = ?1")
    int maxPosition(Series series);
}
