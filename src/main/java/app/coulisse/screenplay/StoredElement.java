package app.coulisse.screenplay;

/**
 * One stored element of a scene's script text (record 049). Its {@code id} is stable: a revise import or a paste
 * that keeps or rewords the element keeps the id, so an anchor (element id, start and end offsets into
 * {@link #text}, counted in Java chars) can follow it. The text is exactly what the reader shows.
 *
 * @param position     its place in the scene, 0 for the heading
 * @param type         what kind of element it is ({@link ElementType#HEADING} first, never a note or a page break)
 * @param text         the text as shown: emphasis markers removed, the lines of one paragraph joined by new lines;
 *                     a character cue keeps its extensions ({@code MAYA (V.O.)})
 * @param dualDialogue true for the cue, parentheticals and dialogue of two characters speaking side by side
 * @param revisionId   the revision that last changed it, or null when unchanged since the original draft
 */
public record StoredElement(long id, long sceneId, int position, ElementType type, String text, boolean dualDialogue,
                            Long revisionId) {

    /** A character cue's name without extensions ({@code MAYA} for {@code MAYA (V.O.)}); the text for other kinds. */
    public String speaker() {
        return type == ElementType.CHARACTER ? CharacterCue.withoutExtensions(text) : text;
    }

    /** A character cue's extensions as written ({@code (V.O.) (CONT'D)}), or empty. */
    public String extension() {
        return type == ElementType.CHARACTER ? text.strip().substring(CharacterCue.withoutExtensions(text).length()).strip()
                : "";
    }
}
