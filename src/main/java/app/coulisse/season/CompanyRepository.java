package app.coulisse.season;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, Long> {

    List<Company> findBySeriesOrderByNameAsc(Series series);

    boolean existsBySeriesAndNameIgnoreCase(Series series, String name);
}
