package app.coulisse.screenplay;

import java.util.List;

/**
 * One scene as read from a screenplay file.
 *
 * @param number                        the scene number the file gives ({@code 12A}), or {@code null}
 * @param heading                       the heading text and its parts
 * @param act                           the act (level 1 section) the scene belongs to, or {@code null}
 * @param synopsis                      the synopsis the file gives, or {@code null}
 * @param page                          the page the file says the scene starts on (FDX only), or {@code null}
 * @param elements                      the scene's body in order, heading excluded
 * @param speakingCharacters            characters with a dialogue cue, in order of first cue
 * @param possibleNonSpeakingCharacters ALL-CAPS names in action lines that do not speak here, for a person to confirm
 * @param tags                          breakdown tags found in the scene (FDX only)
 * @param eighths                       the length in eighths of a page, at least 1
 * @param lengthEstimated               true when the eighths were estimated rather than read from the file
 */
public record ParsedScene(String number, SceneHeading heading, String act, String synopsis, String page,
                          List<ScriptElement> elements, List<SpeakingCharacter> speakingCharacters,
                          List<String> possibleNonSpeakingCharacters, List<SceneTag> tags,
                          int eighths, boolean lengthEstimated) {

    public ParsedScene {
        elements = List.copyOf(elements);
        speakingCharacters = List.copyOf(speakingCharacters);
        possibleNonSpeakingCharacters = List.copyOf(possibleNonSpeakingCharacters);
        tags = List.copyOf(tags);
    }
}
