package app.coulisse.callsheet;

import app.coulisse.schedule.PublishedCallTimes;
import app.coulisse.season.SeasonService;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each performer's call as the latest published call sheet of each day gives it, for their calendar: the first of
 * their times, the pick-up (a draft or an unpublished edit never reaches a performer).
 */
@Component
class PerformerCallTimes implements PublishedCallTimes {

    private final SeasonService seasonService;
    private final CallSheetIssueRepository issues;

    PerformerCallTimes(SeasonService seasonService, CallSheetIssueRepository issues) {
        this.seasonService = seasonService;
        this.issues = issues;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Map<Integer, LocalTime>> of(int seasonNumber) {
        Map<Long, Map<Integer, LocalTime>> calls = new HashMap<>();
        for (CallSheetIssue issue : issues.latestOfSeason(seasonService.season(seasonNumber))) {
            Map<Integer, LocalTime> byCastId = new HashMap<>();
            CallSheetService.read(issue.getContent()).content().cast()
                    .forEach(line -> byCastId.put(line.castId(), line.pickUp()));
            calls.put(issue.getCallSheet().getDay().getId(), byCastId);
        }
        return calls;
    }
}
