package app.coulisse.export.model;

import java.time.LocalDate;

/**
 * @param number      the episode number as printed, e.g. {@code 101}
 * @param status      OUTLINE, BEAT_SHEET, DRAFT, REVISIONS or LOCKED, as text
 * @param targetPages the page count aimed for, 0 when not set
 * @param draftDate   the date of the draft the footers name, null when not known
 */
public record Episode(String number, String title, String status, int targetPages, LocalDate draftDate) {

    /** An episode whose draft date is not known. */
    public Episode(String number, String title, String status, int targetPages) {
        this(number, title, status, targetPages, null);
    }
}
