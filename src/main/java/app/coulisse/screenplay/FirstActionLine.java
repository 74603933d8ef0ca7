package app.coulisse.screenplay;

import app.coulisse.outline.Scene;

/**
 * The synopsis an imported scene gets when the file gives none: the first line of its first action paragraph (a
 * Fountain line break is the writer's, and Final Draft keeps one paragraph per line), cut on a word boundary to a
 * one-liner's length. The scene carries it marked as taken from the script (record 038).
 */
final class FirstActionLine {

    /** About two lines of a card or a one-liner row. */
    static final int MAX_LENGTH = Math.min(160, Scene.SYNOPSIS_MAX);

    private FirstActionLine() {
    }

    /** The scene's first action line, shortened; {@code null} when the scene has no action. */
    static String of(ParsedScene scene) {
        for (ScriptElement element : scene.elements()) {
            if (element.type() == ElementType.ACTION) {
                String text = element.text() == null ? "" : element.text().strip();
                int end = text.indexOf('\n');
                String line = (end < 0 ? text : text.substring(0, end)).replaceAll("\\s+", " ").strip();
                if (!line.isEmpty()) {
                    return shorten(line, MAX_LENGTH);
                }
            }
        }
        return null;
    }

    /** {@code text} when it fits in {@code max} characters, else cut at the last space before and ended by "…". */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        String kept = (cut > max / 2 ? text.substring(0, cut) : text.substring(0, max - 1)).strip();
        return kept.replaceAll("[\\s,;:.–—-]+$", "") + "…";
    }
}
