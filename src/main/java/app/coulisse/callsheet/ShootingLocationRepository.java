package app.coulisse.callsheet;

import app.coulisse.season.Season;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShootingLocationRepository extends JpaRepository<ShootingLocation, Long> {

    List<ShootingLocation> findBySeasonOrderByName(Season season);

    boolean existsBySeasonAndNameIgnoreCaseAndIdNot(Season season, String name, Long id);

    boolean existsBySeasonAndNameIgnoreCase(Season season, String name);
}
