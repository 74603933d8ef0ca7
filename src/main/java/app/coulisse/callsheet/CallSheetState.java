package app.coulisse.callsheet;

import java.util.List;

/**
 * A shoot day's call sheet as the screen and the API show it: the draft as it stands, the latest published version
 * (null before the first), whether the draft has moved away from it and what changed, and what stops a publish.
 */
public record CallSheetState(long dayId, CallSheetContent draft, PublishedCallSheet published, boolean outOfDate,
                             List<Change> pending, List<CallSheetProblem> problems) {
}
