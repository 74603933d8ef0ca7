package app.coulisse.export.model;

/**
 * @param number      the episode number as printed, e.g. {@code 101}
 * @param status      OUTLINE, BEAT SHEET, DRAFT, REVISIONS or LOCKED, as text
 * @param targetPages the page count aimed for, 0 when not set
 */
public record Episode(String number, String title, String status, int targetPages) {
}
