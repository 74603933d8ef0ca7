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
 * @param changes  the changes, in scene order
 * @param sections what other features add under the changes, such as what the revision touches (record 050)
 */
public record RevisionChanges(String name, String colour, LocalDate date, String label, List<Change> changes,
                              List<Section> sections) {

    public RevisionChanges {
        changes = List.copyOf(changes);
        sections = List.copyOf(sections);
    }

    /** The revision with its changes and nothing under them. */
    public RevisionChanges(String name, String colour, LocalDate date, String label, List<Change> changes) {
        this(name, colour, date, label, changes, List.of());
    }

    /** A titled list of lines under the changes, already in the workbook's language. */
    public record Section(String title, List<String> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One change: the scene, what changed (a translation key's last part such as {@code set}, {@code cast}), the
     * kind ({@code EDIT}, {@code IMPORT}, {@code TAG}…), before and after as text, who and when.
     */
    public record Change(String scene, String kind, String field, String before, String after, String who,
                         Instant when) {
    }
}
