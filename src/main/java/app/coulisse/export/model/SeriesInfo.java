package app.coulisse.export.model;

/**
 * The production as printed on every sheet, with its colour settings.
 *
 * @param castColour        fill of the Cast box on breakdown sheets ({@code #RRGGBB})
 * @param danceNumberColour fill of the Dance numbers box and headings
 */
public record SeriesInfo(String title, StripPalette strips, String castColour, String danceNumberColour) {

    /** A series with the standard strip palette, cast red and dance numbers brown (the "music" colour). */
    public static SeriesInfo withDefaults(String title) {
        return new SeriesInfo(title, StripPalette.standard(), "#EF9A9A", "#BCAAA4");
    }
}
