package app.coulisse.cast;

import app.coulisse.season.Series;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoryCharacterRepository extends JpaRepository<StoryCharacter, Long> {

    List<StoryCharacter> findBySeriesOrderByCastId(Series series);

    Optional<StoryCharacter> findBySeriesAndNameIgnoreCase(Series series, String name);

    boolean existsBySeriesAndCastId(Series series, int castId);

    long countBySeries(Series series);

    @Query("select c.castId from StoryCharacter c where c.series = ?1 order by c.castId")
    List<Integer> castIds(Series series);

    String SUMMARY = """
            select new app.coulisse.cast.CharacterSummary(c.id, c.version, c.castId, c.name, c.performer, co.id, co.name,
                c.dancer, c.category, count(distinct s.id), count(distinct s.episode.id), c.aliases)
            from StoryCharacter c left join c.company co left join Appearance a on a.character = c left join a.scene s
            """;

    String SUMMARY_GROUPS = " group by c.id, c.version, c.castId, c.name, c.performer, co.id, co.name, c.dancer,"
            + " c.category, c.aliases";

    /** The catalog page with appearance counts, in one statement (plus the count for the pager). */
    @Query(value = SUMMARY + " where c.series = ?1" + SUMMARY_GROUPS,
            countQuery = "select count(c) from StoryCharacter c where c.series = ?1")
    Page<CharacterSummary> summaries(Series series, Pageable pageable);

    @Query(SUMMARY + " where c.id = ?1" + SUMMARY_GROUPS)
    Optional<CharacterSummary> summary(long characterId);

    long countByCompany_Id(Long companyId);
}
