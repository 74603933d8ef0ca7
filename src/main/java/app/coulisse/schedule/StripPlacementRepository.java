package app.coulisse.schedule;

import app.coulisse.season.Season;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StripPlacementRepository extends JpaRepository<StripPlacement, Long> {

    @Query("""
            select new app.coulisse.schedule.PlacedStrip(p.scene.id, p.day.id, p.position, p.version)
            from StripPlacement p where p.day.unit.season = ?1""")
    List<PlacedStrip> bySeason(Season season);

    @Query("select p from StripPlacement p where p.day = ?1 order by p.position")
    List<StripPlacement> inDay(ShootDay day);

    @Query("select p from StripPlacement p where p.scene.id in ?1")
    List<StripPlacement> ofScenes(Collection<Long> sceneIds);

    long countByDay(ShootDay day);

    /** The first shoot day a scene of this dance number is placed on, in any season; a cut scene's strip counts not. */
    @Query("""
            select min(p.day.date) from StripPlacement p, SceneDanceNumber l
            where l.scene = p.scene and l.danceNumber.id = ?1 and p.scene.omitted = false
            and p.day.type = app.coulisse.schedule.DayType.SHOOT""")
    Optional<LocalDate> firstShootDay(long danceNumberId);
}
