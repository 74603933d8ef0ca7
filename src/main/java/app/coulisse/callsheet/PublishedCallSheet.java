package app.coulisse.callsheet;

import java.time.Instant;
import java.util.List;

/** A version of a call sheet as it was published: its number, when and by whom, what changed since the one before. */
public record PublishedCallSheet(int version, Instant publishedAt, String publishedBy, List<Change> changes,
                                 CallSheetContent content) {
}
