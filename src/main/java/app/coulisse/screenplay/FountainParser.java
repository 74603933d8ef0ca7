package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Fountain plain-text screenplays (fountain.io/syntax): boneyard first, then the title page, then
 * blank-line separated blocks classified one by one.
 */
public final class FountainParser {

    private static final Pattern FORCED_HEADING = Pattern.compile("^\\.(?=[^.\\s])");
    private static final Pattern SCENE_NUMBER_TEXT = Pattern.compile("[\\w\\-.]+");
    private static final Pattern SECTION = Pattern.compile("^(#++)\\s*+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern PAGE_BREAK = Pattern.compile("^={3,}$");
    private static final Pattern SYNOPSIS = Pattern.compile("^=\\s*+(\\S.*)$", Pattern.DOTALL);
    // Two spaces on an otherwise empty line keep a dialogue or note together (Fountain spec).
    private static final String KEPT_EMPTY_LINE = "  ";

    /**
     * Reads a decoded Fountain text, in time linear in its length: every rule scans a line or the text once, with
     * no regular expression that can backtrack over a line it does not anchor (see design record 018).
     */
    public Screenplay parse(String text) throws UnreadableScreenplayException {
        ScreenplayBuilder builder = new ScreenplayBuilder(ScreenplayFormat.FOUNTAIN);
        List<String> lines = List.of(withoutBoneyard(withoutPrivateMarkers(text), builder).split("\n", -1));
        int bodyStart = FountainTitlePage.read(lines, builder);
        FountainNotes notes = new FountainNotes();
        List<String> bodyLines = lines.subList(bodyStart, lines.size());
        if (bodyLines.stream().anyMatch(line -> line.contains("[["))) {
            bodyLines = List.of(notes.lift(String.join("\n", bodyLines)).split("\n", -1));
        }
        for (List<String> block : blocks(bodyLines)) {
            readBlock(block, notes, builder);
        }
        return builder.build();
    }

    /** The parser's own markers (notes, escapes) are private-use characters; a file's own copies are dropped. */
    private static String withoutPrivateMarkers(String text) {
        StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean marker = c >= '\uE000' && c <= '\uE003';
            if (marker && result == null) {
                result = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!marker && result != null) {
                result.append(c);
            }
        }
        return result == null ? text : result.toString();
    }

    /** Removes every {@code /* … *\/}; an unclosed opener hides the rest of the file, with a warning. */
    private static String withoutBoneyard(String text, ScreenplayBuilder builder) {
        StringBuilder result = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int open = text.indexOf("/*", from);
            if (open < 0) {
                result.append(text, from, text.length());
                return result.toString();
            }
            result.append(text, from, open);
            int close = text.indexOf("*/", open + 2);
            if (close < 0) {
                builder.warn(ParseWarning.of(ParseWarning.Kind.UNCLOSED_BONEYARD));
                return result.toString();
            }
            from = close + 2;
        }
    }

    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() && !line.equals(KEPT_EMPTY_LINE)) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /**
     * Sections, synopses and page breaks stand on their own line even without blank lines around them, as writers
     * type them; the lines between them are classified together. Notes found in the block follow its elements.
     */
    private static void readBlock(List<String> block, FountainNotes notes, ScreenplayBuilder builder) {
        List<String> blockNotes = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String lineWithMarkers : block) {
            List<String> lineNotes = notes.notesIn(lineWithMarkers);
            String line = FountainNotes.withoutMarkers(lineWithMarkers);
            blockNotes.addAll(lineNotes);
            if (!lineNotes.isEmpty() && line.isBlank()) {
                continue;
            }
            if (isStandaloneLine(line) && !isSpeech(run)) {
                readRun(run, builder);
                run = new ArrayList<>();
                readStandaloneLine(line.strip(), builder);
            } else {
                run.add(line);
            }
        }
        readRun(run, builder);
        blockNotes.forEach(note -> builder.element(new ScriptElement(ElementType.NOTE, note)));
    }

    private static boolean isStandaloneLine(String line) {
        String text = line.strip();
        if (text.isEmpty() || (text.charAt(0) != '#' && text.charAt(0) != '=')) {
            return false;
        }
        return SECTION.matcher(text).matches() || PAGE_BREAK.matcher(text).matches()
                || SYNOPSIS.matcher(text).matches();
    }

    private static void readStandaloneLine(String line, ScreenplayBuilder builder) {
        Matcher section = SECTION.matcher(line);
        Matcher synopsis = SYNOPSIS.matcher(line);
        if (PAGE_BREAK.matcher(line).matches()) {
            builder.element(new ScriptElement(ElementType.PAGE_BREAK, ""));
        } else if (section.matches()) {
            builder.section(section.group(1).length(), FountainEmphasis.strip(section.group(2).strip()));
        } else if (synopsis.matches()) {
            builder.synopsis(FountainEmphasis.strip(synopsis.group(1).strip()));
        }
    }

    /** Classifies a run of lines; headings and transitions may head a run, so the rest is read again, in a loop. */
    private static void readRun(List<String> lines, ScreenplayBuilder builder) {
        List<String> run = lines;
        while (!run.isEmpty()) {
            String first = run.get(0).strip();
            List<String> rest = run.subList(1, run.size());
            if (first.startsWith("!")) {
                List<String> action = new ArrayList<>(run);
                String forced = run.get(0);
                int bang = forced.indexOf('!');
                action.set(0, forced.substring(0, bang) + forced.substring(bang + 1));
                addAction(action, builder);
            } else if (isHeading(first)) {
                // A heading must stand alone by the spec; writers often forget the blank line after it.
                startScene(first, builder);
                run = rest;
                continue;
            } else if (first.startsWith("~")) {
                String lyrics = joined(run, line -> withoutLeading(line.strip(), '~').strip());
                builder.element(new ScriptElement(ElementType.LYRICS, lyrics));
            } else if (first.startsWith(">") && first.endsWith("<")) {
                run.forEach(line -> builder.element(new ScriptElement(ElementType.CENTERED,
                        FountainEmphasis.strip(centered(line.strip())))));
            } else if (first.startsWith(">")) {
                String transition = FountainEmphasis.strip(first.substring(1).strip());
                builder.element(new ScriptElement(ElementType.TRANSITION, transition));
                run = rest;
                continue;
            } else if (run.size() > 1 && isCue(first)) {
                addSpeech(first, rest, builder);
            } else if (run.size() == 1 && isTransition(run.get(0))) {
                builder.element(new ScriptElement(ElementType.TRANSITION, FountainEmphasis.strip(first)));
            } else {
                addAction(run, builder);
            }
            return;
        }
    }

    private static String centered(String line) {
        String text = line.startsWith(">") ? line.substring(1) : line;
        return (text.endsWith("<") ? text.substring(0, text.length() - 1) : text).strip();
    }

    private static boolean isSpeech(List<String> run) {
        return !run.isEmpty() && isCue(run.get(0).strip());
    }

    private static boolean isHeading(String line) {
        if (line.isEmpty() || "IiEe.".indexOf(line.charAt(0)) < 0) {
            return false;
        }
        if (FORCED_HEADING.matcher(line).find()) {
            return true;
        }
        // A prefix alone on its line ("INT") is not a heading; "INT." or "INT. STAGE" is.
        HeadingPrefix prefix = HeadingPrefix.read(line);
        return prefix != null && (prefix.period() || prefix.end() < line.length());
    }

    private static void startScene(String line, ScreenplayBuilder builder) {
        String heading = FORCED_HEADING.matcher(line).find() ? line.substring(1) : line;
        String number = null;
        String text = heading.stripTrailing();
        int close = text.length() - 1;
        int open = close > 0 && text.charAt(close) == '#' ? text.lastIndexOf('#', close - 1) : -1;
        if (open >= 0 && SCENE_NUMBER_TEXT.matcher(text.substring(open + 1, close)).matches()) {
            number = text.substring(open + 1, close);
            heading = text.substring(0, open);
        }
        builder.startScene(number, FountainEmphasis.strip(heading).strip());
    }

    /**
     * An upper-case line with at least one letter (extensions may be any case), or any line forced with {@code @};
     * never a heading or a line forced into another element.
     */
    private static boolean isCue(String line) {
        if (line.startsWith("@")) {
            return line.length() > 1;
        }
        if (isHeading(line) || line.startsWith("!") || line.startsWith("~") || line.startsWith(">")) {
            return false;
        }
        String name = CharacterCue.withoutExtensions(line);
        return hasLetter(name) && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutLeading(String text, char marker) {
        return !text.isEmpty() && text.charAt(0) == marker ? text.substring(1) : text;
    }

    private static void addSpeech(String cue, List<String> lines, ScreenplayBuilder builder) {
        boolean dual = cue.endsWith("^");
        String cueText = withoutLeading(cue, '@');
        cueText = (dual ? cueText.substring(0, cueText.length() - 1) : cueText).strip();
        List<ScriptElement> speech = new ArrayList<>();
        speech.add(new ScriptElement(ElementType.CHARACTER, FountainEmphasis.strip(cueText)));
        List<String> dialogue = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("(") || text.startsWith("~")) {
                addDialogue(dialogue, speech);
                ElementType type = text.startsWith("(") ? ElementType.PARENTHETICAL : ElementType.LYRICS;
                speech.add(new ScriptElement(type, FountainEmphasis.strip(withoutLeading(text, '~').strip())));
            } else {
                dialogue.add(text);
            }
        }
        addDialogue(dialogue, speech);
        // The caret sits on the second cue; the speech before it is the other half of the pair.
        if (dual && builder.scene() != null) {
            builder.scene().markLastSpeechAsDual();
        }
        speech.forEach(element -> builder.element(dual ? element.asDualDialogue() : element));
    }

    private static void addDialogue(List<String> dialogue, List<ScriptElement> speech) {
        if (!dialogue.isEmpty()) {
            speech.add(new ScriptElement(ElementType.DIALOGUE, FountainEmphasis.strip(String.join("\n", dialogue))));
            dialogue.clear();
        }
    }

    /** {@code CUT TO:} style: upper case, ending in TO:, with no trailing spaces (which the spec uses to opt out). */
    private static boolean isTransition(String line) {
        String text = line.stripLeading();
        return text.endsWith("TO:") && text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static void addAction(List<String> lines, ScreenplayBuilder builder) {
        builder.element(new ScriptElement(ElementType.ACTION, joined(lines, String::stripTrailing)));
    }

    private static String joined(List<String> lines, UnaryOperator<String> eachLine) {
        return FountainEmphasis.strip(String.join("\n", lines.stream().map(eachLine).toList()));
    }
}
