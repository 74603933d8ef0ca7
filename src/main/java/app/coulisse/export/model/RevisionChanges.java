package app.coulisse.export.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An episode's current revision and what changed in it, for the {@code Changes} sheet.
 *
 * @param name    the revision's colour name ("Blue")
 * @param colour  its fill
 * @param date    its date
 * @param label   its label, empty when none
 * @param changes the changes, in scene order
 */
public record RevisionChanges(String name, String colour, LocalDate date, String label, List<Change> changes) {

    public RevisionChanges {
        changes = List.copyOf(changes);
    }

    /**
     * One change: the scene, what changed (a translation key's last part such as {@code set}, {@code cast}), the
     * kind ({@code EDIT}, {@code IMPORT}, {@code TAG}…), before and after as text, who and when.
     */
    public record Change(String scene, String kind, String field, String before, String after, String who,
                         Instant when) {
    }
}
