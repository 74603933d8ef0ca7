package app.coulisse.screenplay;

import java.util.List;
import java.util.Locale;

/**
 * A stored scene text written back as Fountain for the writer to edit (record 049), heading left out: the scene
 * editor's paste field starts from it, and reading it back with {@link FountainParser} gives the same elements.
 * Action that would read as a cue, a heading or a transition is forced with {@code !}, a cue in mixed case with
 * {@code @}, transitions with {@code >}, centred text with {@code > <}, lyrics with {@code ~}, the second cue of a
 * dual dialogue with {@code ^}.
 */
public final class FountainText {

    private FountainText() {
    }

    /** The body of a stored scene text as Fountain. */
    public static String of(List<StoredElement> text) {
        StringBuilder fountain = new StringBuilder();
        boolean inSpeech = false;
        boolean dualCueSeen = false;
        for (StoredElement element : text) {
            // Lyrics after dialogue are the same element in or out of the speech; only a dual one must stay in it.
            boolean speech = element.type() == ElementType.PARENTHETICAL || element.type() == ElementType.DIALOGUE
                    || (element.type() == ElementType.LYRICS && inSpeech && element.dualDialogue());
            if (!speech && !fountain.isEmpty()) {
                fountain.append('\n');
            }
            switch (element.type()) {
                case HEADING, NOTE, PAGE_BREAK -> {
                    continue;
                }
                case CHARACTER -> {
                    boolean second = element.dualDialogue() && dualCueSeen;
                    dualCueSeen = element.dualDialogue() && !dualCueSeen;
                    String name = CharacterCue.withoutExtensions(element.text());
                    fountain.append(name.equals(name.toUpperCase(Locale.ROOT)) ? "" : "@").append(element.text())
                            .append(second ? " ^" : "");
                }
                case DIALOGUE, PARENTHETICAL -> fountain.append(element.text());
                case LYRICS -> fountain.append(prefixed(element.text(), "~"));
                case TRANSITION -> fountain.append("> ").append(element.text());
                case CENTERED -> fountain.append("> ").append(element.text()).append(" <");
                default -> fountain.append(action(element.text()));
            }
            fountain.append('\n');
            inSpeech = element.type() == ElementType.CHARACTER || speech;
            if (!element.dualDialogue()) {
                dualCueSeen = false;
            }
        }
        return fountain.toString();
    }

    private static String action(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        boolean misread = first.equals(first.toUpperCase(Locale.ROOT)) && first.chars().anyMatch(Character::isLetter)
                || first.startsWith("!") || first.startsWith("~") || first.startsWith(">") || first.startsWith("@")
                || first.startsWith("=") || first.startsWith("#") || first.startsWith(".")
                || HeadingPrefix.read(first) != null;
        return misread ? "!" + text : text;
    }

    private static String prefixed(String text, String marker) {
        return String.join("\n", text.lines().map(line -> marker + line).toList());
    }
}
