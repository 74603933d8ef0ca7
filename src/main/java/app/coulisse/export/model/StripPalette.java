package app.coulisse.export.model;

/**
 * Strip colours as {@code #RRGGBB} hex, one per INT/EXT × day/night combination.
 * Sources disagree on the two night colours, so the palette is a setting of the series.
 */
public record StripPalette(String intDay, String extDay, String intNight, String extNight) {

    /** White, yellow, blue, green: the defaults in DESIGN.md. */
    public static StripPalette standard() {
        return new StripPalette("#FFFFFF", "#FFF176", "#90CAF9", "#A5D6A7");
    }
}
