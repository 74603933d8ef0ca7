package app.coulisse.schedule;

import app.coulisse.season.Season;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShootUnitRepository extends JpaRepository<ShootUnit, Long> {

    List<ShootUnit> findBySeasonOrderByPosition(Season season);

    boolean existsBySeasonAndNameIgnoreCase(Season season, String name);

    long countBySeason(Season season);
}
