package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the characters of a scene: who speaks, and which ALL-CAPS names in the action might be silent characters. */
final class SceneCast {

    private static final Pattern POSSESSIVE = Pattern.compile("['’]S$");
    // More capitalised words in a row than this are a shouted sentence, not a name.
    static final int MAX_NAME_WORDS = 6;

    // Capitals that screenplays use in action for sounds and abbreviations, not for people (camera and transitions:
    // ScreenDirections).
    private static final Set<String> NOT_NAMES = Set.of("OK", "TV", "SFX", "VFX", "BANG", "CRASH", "BOOM", "SLAM",
            "THUD");

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

    /**
     * Upper-case names in the action that are not speakers: runs of upper-case words of two letters or more
     * ("Mc"/"Mac" prefixes as in McMILLAN, apostrophes as in D'ARTOIS) separated by single spaces (any Unicode space
     * but a new line, folded to a plain one).
     */
    static List<String> possibleNonSpeaking(List<ScriptElement> elements, List<SpeakingCharacter> speaking) {
        Speakers speakers = new Speakers(speaking);
        Set<String> names = new LinkedHashSet<>();
        for (ScriptElement element : elements) {
            if (element.type() == ElementType.ACTION || element.type() == ElementType.GENERAL) {
                for (String found : capsNames(element.text())) {
                    String name = POSSESSIVE.matcher(found).replaceFirst("").toUpperCase(Locale.ROOT);
                    if (!NOT_NAMES.contains(name) && !ScreenDirections.isDirection(name) && !names.contains(name)
                            && !speakers.includes(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * The upper-case names of a text, left to right, found in one pass: a name starts where no letter, mark or
     * apostrophe comes before, and ends where no letter or mark follows (a last word may give back its tail).
     */
    static List<String> capsNames(String text) {
        List<String> names = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int first = i > 0 && beforeName(text.charAt(i - 1)) ? -1 : wordEnd(text, i);
            if (first < 0) {
                i++;
                continue;
            }
            int previousEnd = -1;
            int lastStart = i;
            int end = first;
            int words = 1;
            while (end + 1 < length && isSpaceInLine(text.charAt(end))) {
                int next = wordEnd(text, end + 1);
                if (next < 0) {
                    break;
                }
                previousEnd = end;
                lastStart = end + 1;
                end = next;
                words++;
            }
            int matchEnd = afterName(text, end) ? end : shorterEnd(text, lastStart, end);
            if (matchEnd < 0) {
                matchEnd = previousEnd;
                words--;
            }
            if (matchEnd < 0) {
                i++;
                continue;
            }
            if (words <= MAX_NAME_WORDS) {
                names.add(Spaces.fold(text.substring(i, matchEnd)));
            }
            i = matchEnd;
        }
        return names;
    }

    /** The end of the longest upper-case word starting at {@code start}, or -1 if none starts there. */
    private static int wordEnd(String text, int start) {
        int p = start;
        if (text.startsWith("Mac", p) && p + 3 < text.length() && isUpper(text.charAt(p + 3))) {
            p += 3;
        } else if (text.startsWith("Mc", p) && p + 2 < text.length() && isUpper(text.charAt(p + 2))) {
            p += 2;
        }
        if (p >= text.length() || !isUpper(text.charAt(p))) {
            return -1;
        }
        int lastUpper = -1;
        for (int q = p + 1; q < text.length() && inWord(text.charAt(q)); q++) {
            if (isUpper(text.charAt(q))) {
                lastUpper = q;
            }
        }
        return lastUpper < 0 ? -1 : lastUpper + 1;
    }

    /** The longest end of the word before {@code end} that no letter follows, or -1. */
    private static int shorterEnd(String text, int wordStart, int end) {
        int minimum = wordStart + 2;
        for (int q = end - 2; q + 1 >= minimum; q--) {
            if (isUpper(text.charAt(q)) && afterName(text, q + 1)) {
                return q + 1;
            }
        }
        return -1;
    }

    /** A space between the words of a name: a plain one, or a no-break or thin space typed or pasted; not a new line. */
    private static boolean isSpaceInLine(char c) {
        return c != '\n' && Spaces.isSpace(c);
    }

    private static boolean beforeName(char c) {
        return Character.isLetter(c) || isMark(c) || c == '\'' || c == '’';
    }

    private static boolean afterName(String text, int end) {
        return end >= text.length() || !(Character.isLetter(text.charAt(end)) || isMark(text.charAt(end)));
    }

    private static boolean inWord(char c) {
        return isUpper(c) || isMark(c) || c == '\'' || c == '’' || c == '-';
    }

    private static boolean isUpper(char c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The scene's speakers, indexed so that telling whether a name is one of them costs a few look-ups, not a pass
     * over every speaker: a speaker introduced by a fuller or shorter name than their cue ("CHEYENNE TOUSSAINT" in
     * the action and the cue CHEYENNE, or "JACK" in the action and the cue JACK McMILLAN) counts.
     */
    private static final class Speakers {

        private final Set<String> names = new HashSet<>();
        private final Map<String, List<Set<String>>> byWord = new HashMap<>();
        private final Set<Integer> wordCounts = new HashSet<>();

        Speakers(List<SpeakingCharacter> speaking) {
            for (SpeakingCharacter character : speaking) {
                names.add(character.name());
                List<String> words = List.of(character.name().split(" "));
                wordCounts.add(words.size());
                Set<String> wordSet = new HashSet<>(words);
                wordSet.forEach(word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(wordSet));
            }
        }

        boolean includes(String name) {
            List<String> words = List.of(name.split(" "));
            for (int count : wordCounts) {
                for (int from = 0; from + count <= words.size(); from++) {
                    if (names.contains(String.join(" ", words.subList(from, from + count)))) {
                        return true;
                    }
                }
            }
            List<Set<String>> fewest = null;
            for (String word : words) {
                List<Set<String>> withWord = byWord.getOrDefault(word, List.of());
                if (fewest == null || withWord.size() < fewest.size()) {
                    fewest = withWord;
                }
            }
            return fewest != null && fewest.stream().anyMatch(speaker -> speaker.containsAll(words));
        }
    }
}
