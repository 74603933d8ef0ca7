package app.coulisse.screenplay;

import java.util.Set;

/**
 * The capitals screenplays write in action lines for the camera, the time and the cutting (CLOSE ON, FADE OUT,
 * CONT'D): neither a person nor a thing in the scene. Shared by the import's silent names and the suggestions.
 */
public final class ScreenDirections {

    private static final Set<String> DIRECTIONS = Set.of(
            "INT", "EXT", "V.O", "O.S", "O.C", "CONT'D", "CONTINUOUS", "LATER", "DAY", "NIGHT",
            "CUT TO", "FADE IN", "FADE OUT", "FADE TO BLACK", "DISSOLVE TO", "SMASH CUT", "MATCH CUT", "THE END",
            "SUPER", "TITLE", "TITLE CARD", "INSERT", "BACK TO SCENE", "ANGLE ON", "CLOSE ON", "CLOSE UP", "POV",
            "FLASHBACK", "END FLASHBACK", "MONTAGE", "END MONTAGE", "INTERCUT", "SERIES OF SHOTS");

    private ScreenDirections() {
    }

    /** Whether an upper-case phrase, spaces folded, is a direction to the camera or the cutting. */
    public static boolean isDirection(String upperCasePhrase) {
        return DIRECTIONS.contains(upperCasePhrase);
    }
}
