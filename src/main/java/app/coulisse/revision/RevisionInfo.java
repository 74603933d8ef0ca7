package app.coulisse.revision;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An episode's revision as screens, workbooks and the API show it.
 *
 * @param id        the revision's id, or null for the original draft of an episode no revision was started on
 * @param sequence  its place in the order, 0 for the original
 * @param colour    its colour
 * @param revisedOn its date, or null for the implicit original
 * @param label     its label, or null
 */
public record RevisionInfo(Long id, int sequence, RevisionColour colour, LocalDate revisedOn, String label) {

    static RevisionInfo of(Revision revision) {
        return new RevisionInfo(revision.getId(), revision.getSequence(), revision.colour(), revision.getRevisedOn(),
                revision.getLabel());
    }

    /** "Blue", or "Blue – Production draft" with a label; the colour's name in the reader's language ("Bleu"). */
    public String title(Locale locale) {
        return label == null || label.isBlank() ? colour.name(locale) : colour.name(locale) + " – " + label;
    }
}
