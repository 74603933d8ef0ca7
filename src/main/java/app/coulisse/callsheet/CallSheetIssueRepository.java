package app.coulisse.callsheet;

import app.coulisse.season.Season;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallSheetIssueRepository extends JpaRepository<CallSheetIssue, Long> {

    Optional<CallSheetIssue> findFirstByCallSheetOrderByNumberDesc(CallSheet callSheet);

    /** The latest version of each of these days' call sheets. */
    @Query("""
            select i from CallSheetIssue i join fetch i.callSheet c where c.day.id in ?1
            and i.number = (select max(j.number) from CallSheetIssue j where j.callSheet = c)""")
    List<CallSheetIssue> latestOfDays(Collection<Long> dayIds);

    /** The latest version of each call sheet of a season. */
    @Query("""
            select i from CallSheetIssue i join fetch i.callSheet c where c.day.unit.season = ?1
            and i.number = (select max(j.number) from CallSheetIssue j where j.callSheet = c)""")
    List<CallSheetIssue> latestOfSeason(Season season);
}
