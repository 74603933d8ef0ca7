package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the characters of a scene: who speaks, and which ALL-CAPS names in the action might be silent characters. */
final class SceneCast {

    // An upper-case word of two letters or more; "Mc"/"Mac" prefixes as in McMILLAN, apostrophes as in D'ARTOIS.
    private static final String CAPS_WORD = "(?:Mc|Mac)?\\p{Lu}[\\p{Lu}\\p{M}'’\\-]*\\p{Lu}";
    private static final Pattern CAPS_NAME =
            Pattern.compile("(?<![\\p{L}\\p{M}'’])" + CAPS_WORD + "(?: " + CAPS_WORD + ")*(?![\\p{L}\\p{M}])");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]S$");

    // Capitals that screenplays use in action for camera, sound and transitions, not for people.
    private static final Set<String> NOT_NAMES = Set.of(
            "INT", "EXT", "V.O", "O.S", "O.C", "CONT'D", "CONTINUOUS", "LATER", "DAY", "NIGHT",
            "CUT TO", "FADE IN", "FADE OUT", "FADE TO BLACK", "DISSOLVE TO", "SMASH CUT", "MATCH CUT", "THE END",
            "SUPER", "TITLE", "TITLE CARD", "INSERT", "BACK TO SCENE", "ANGLE ON", "CLOSE ON", "CLOSE UP", "POV",
            "FLASHBACK", "END FLASHBACK", "MONTAGE", "END MONTAGE", "INTERCUT", "SERIES OF SHOTS", "OK", "TV",
            "SFX", "VFX", "BANG", "CRASH", "BOOM", "SLAM", "THUD");

    private SceneCast() {
    }

    static List<SpeakingCharacter> speaking(List<ScriptElement> elements) {
        Map<String, Boolean> voiceOnlyByName = new LinkedHashMap<>();
        for (ScriptElement element : elements) {
            if (element.type() == ElementType.CHARACTER) {
                String name = CharacterCue.name(element.text());
                boolean voiceOver = CharacterCue.isVoiceOver(element.text());
                voiceOnlyByName.merge(name, voiceOver, Boolean::logicalAnd);
            }
        }
        List<SpeakingCharacter> characters = new ArrayList<>();
        voiceOnlyByName.forEach((name, voiceOnly) -> characters.add(new SpeakingCharacter(name, voiceOnly)));
        return characters;
    }

    static List<String> possibleNonSpeaking(List<ScriptElement> elements, List<SpeakingCharacter> speaking) {
        Set<String> names = new LinkedHashSet<>();
        for (ScriptElement element : elements) {
            if (element.type() == ElementType.ACTION || element.type() == ElementType.GENERAL) {
                Matcher matcher = CAPS_NAME.matcher(element.text());
                while (matcher.find()) {
                    String name = POSSESSIVE.matcher(matcher.group()).replaceFirst("").toUpperCase(Locale.ROOT);
                    if (!NOT_NAMES.contains(name) && !isSpeaker(name, speaking)) {
                        names.add(name);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * A speaker introduced by a fuller or shorter name than their cue: "CHEYENNE TOUSSAINT" in the action and
     * the cue CHEYENNE, or "JACK" in the action and the cue JACK McMILLAN.
     */
    private static boolean isSpeaker(String name, List<SpeakingCharacter> speaking) {
        List<String> nameWords = List.of(name.split(" "));
        for (SpeakingCharacter character : speaking) {
            List<String> speakerWords = List.of(character.name().split(" "));
            if (speakerWords.containsAll(nameWords) || Collections.indexOfSubList(nameWords, speakerWords) >= 0) {
                return true;
            }
        }
        return false;
    }
}
