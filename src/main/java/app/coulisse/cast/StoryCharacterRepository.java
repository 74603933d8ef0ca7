package app.coulisse.cast;

import app.coulisse.season.Series;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoryCharacterRepository extends JpaRepository<StoryCharacter, Long> {

    List<StoryCharacter> findBySeriesOrderByCastId(Series series);

    Optional<StoryCharacter> findBySeriesAndNameIgnoreCase(Series series, String name);

    boolean existsBySeriesAndCastId(Series series, int castId);

    @Query("select c.castId from StoryCharacter c where c.series = ?1 order by c.castId")
    List<Integer> castIds(Series series);
}
