package app.coulisse.screenplay;

import app.coulisse.outline.IntExt;
import app.coulisse.outline.TimeOfDay;
import java.util.List;

/**
 * A scene of the file as it maps onto the episode.
 *
 * @param number              the number the scene will get (preview) or got (commit) under the outline's rules:
 *                            by order while the episode is unlocked; locked, the file's number when valid and free,
 *                            else an inserted number (6A)
 * @param fileNumber          the number the file gives the scene, or {@code null}
 * @param numberKept          true when the scene gets the file's number
 * @param heading             the heading as written in the file
 * @param intExt              INT, EXT or INT/EXT (INT when the heading says nothing)
 * @param set                 the set name, or {@code null} when the heading has none
 * @param timeOfDay           the time of day (DAY when the heading says nothing)
 * @param note                the heading's time part as written when it says more than the time of day
 *                            ({@code NIGHT (1973)}), written to the scene's notes, or {@code null}
 * @param act                 the act (level 1 section) of the file, or {@code null}
 * @param landingAct          the episode's act the scene lands in, by name (the file's section when it has one,
 *                            else where the append puts it: a new act made from a section counts), or {@code null}
 * @param eighths             the length: Final Draft's when the file has it, else the estimate
 * @param lengthEstimated     true when the length is an estimate
 * @param synopsis            the file's synopsis of the scene, else its first action line, or {@code null}
 * @param synopsisFromScript  true when the synopsis is the scene's first action line, not the file's synopsis
 * @param cast                the speaking characters, then the confirmed non-speaking ones
 * @param possibleNonSpeaking ALL-CAPS names in the action that may be silent characters, for the writer to confirm
 */
public record ImportedScene(String number, String fileNumber, boolean numberKept, String heading, IntExt intExt, String set,
                            TimeOfDay timeOfDay, String note, String act, String landingAct, int eighths, boolean lengthEstimated, String synopsis,
                            boolean synopsisFromScript,
                            List<SceneCharacter> cast, List<String> possibleNonSpeaking) {

    public ImportedScene {
        cast = List.copyOf(cast);
        possibleNonSpeaking = List.copyOf(possibleNonSpeaking);
    }
}
