package app.coulisse.dance;

import java.time.LocalDate;
import java.util.List;

/**
 * One condition a dance number must meet to be shot on a day (record 054). A rule reads what it needs for the
 * season's numbers in a bounded number of statements, then answers per number and day without the database.
 */
public interface ReadinessRule {

    /** Reads this rule's facts for the numbers in scope once. */
    Check load(ReadinessScope scope);

    /** A loaded rule: the reasons a number is not ready on a day, empty when this rule is met. */
    interface Check {
        List<NoGoReason> reasons(long danceNumberId, LocalDate day);
    }
}
