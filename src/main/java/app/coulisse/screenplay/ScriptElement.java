package app.coulisse.screenplay;

/**
 * One paragraph of a scene's body.
 *
 * @param type         what kind of paragraph it is
 * @param text         its text, emphasis markers removed; lines of one paragraph are joined by new lines
 * @param dualDialogue true for the cues, parentheticals and dialogue of two characters speaking side by side
 */
public record ScriptElement(ElementType type, String text, boolean dualDialogue) {

    public ScriptElement(ElementType type, String text) {
        this(type, text, false);
    }

    ScriptElement asDualDialogue() {
        return new ScriptElement(type, text, true);
    }
}
