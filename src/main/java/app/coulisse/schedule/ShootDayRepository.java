package app.coulisse.schedule;

import app.coulisse.season.Season;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShootDayRepository extends JpaRepository<ShootDay, Long> {

    @Query("select d from ShootDay d join fetch d.unit u where u.season = ?1 order by d.date, u.position")
    List<ShootDay> bySeason(Season season);

    boolean existsByUnitAndDate(ShootUnit unit, LocalDate date);

    @Query("select d.date from ShootDay d where d.unit = ?1")
    Set<LocalDate> datesOf(ShootUnit unit);
}
