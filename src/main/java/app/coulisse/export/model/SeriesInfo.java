package app.coulisse.export.model;

import app.coulisse.season.PaperSize;

/**
 * The production as printed on every sheet, with its colour and print settings.
 *
 * @param castColour        fill of the Cast box on breakdown sheets ({@code #RRGGBB})
 * @param danceNumberColour fill of the Dance numbers box and headings
 * @param paper             the paper every sheet is set up for, with its margins
 */
public record SeriesInfo(String title, StripPalette strips, String castColour, String danceNumberColour,
                         PaperSize paper) {

    /** On A4, as before the paper was a setting. */
    public SeriesInfo(String title, StripPalette strips, String castColour, String danceNumberColour) {
        this(title, strips, castColour, danceNumberColour, PaperSize.A4);
    }

    /** A series with the standard strip palette, cast red and dance numbers brown (the "music" colour), on A4. */
    public static SeriesInfo withDefaults(String title) {
        return new SeriesInfo(title, StripPalette.standard(), "#EF9A9A", "#BCAAA4");
    }
}
