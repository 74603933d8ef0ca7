package app.coulisse.screenplay;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Screenplay files built to make a parser work harder than their size: each repeats one construct that is never
 * closed or never ends, the shapes that made the regular-expression parser quadratic or overflow its stack.
 * Shared by the complexity test and the parse benchmark.
 */
public final class HostileScreenplays {

    private static final String SCENE = "INT. STAGE - DAY\n\n";

    /** Name of each construct and the file of about {@code size} bytes it gives. */
    public static final Map<String, IntFunction<Hostile>> CONSTRUCTS = new LinkedHashMap<>();

    static {
        fountain("unclosed boneyard /*", size -> SCENE + repeat("/* ", size));
        fountain("unclosed note [[", size -> SCENE + repeat("[[ ", size));
        fountain("unclosed underline _", size -> SCENE + repeat("_a ", size));
        fountain("unclosed italic *", size -> SCENE + repeat("*a ", size));
        fountain("unclosed bold **", size -> SCENE + repeat("**a ", size));
        fountain("unclosed bold italic ***", size -> SCENE + repeat("***a ", size));
        fountain("note with spaces inside", size -> SCENE + "[[x" + repeat(" ", size) + "x]]\n");
        fountain("nested parentheticals in a cue", size -> SCENE + "BOB " + repeat("(", size) + "\nHello.\n");
        fountain("unclosed parentheticals in a cue", size -> SCENE + "BOB " + repeat("(A", size) + "\nHello.\n");
        fountain("long extension chain (A)", size -> SCENE + "BOB" + repeat(" (A)", size) + "x\nHello.\n");
        fountain("long closed extension chain", size -> SCENE + "BOB" + repeat(" (A)", size) + "\nHello.\n");
        fountain("spaces in a heading", size -> "INT. " + repeat(" ", size) + "x #1\n\nAction.\n");
        fountain("headings without blank lines", size -> repeat("INT. A\n", size));
        fountain("dashes in a heading", size -> "INT. A" + repeat(" - B", size) + " - NIGHT\n\nAction.\n");
        fountain("time words between dashes", size -> "INT. A" + repeat(" - LATER", size) + "\n\nAction.\n");
        fountain("a run of em dashes in a heading", size -> "INT. A " + repeat("\u2014", size) + " NIGHT\n\nAction.\n");
        fountain("clock words in a heading", size -> "INT. A - " + repeat("1 AM ", size) + "\n\nAction.\n");
        fountain("no-break spaces in a cue", size -> SCENE + "BOB" + repeat("\u00A0", size) + "\nHi.\n");
        fountain("transitions without blank lines", size -> SCENE + repeat(">CUT\n", size));
        fountain("capitals in action", size -> SCENE + repeat("AB ", size) + "x\n");
        fountain("capitals with apostrophes", size -> SCENE + repeat("A'", size) + "b\n");
        fountain("title page spaces", size -> "Title: x\n" + repeat(" ", size) + "x\u2028y\n\n" + SCENE);
        fountain("private-use markers", size -> SCENE + "x" + repeat(" ", size) + "\uE000x\n");
        fountain("many speakers", size -> SCENE + repeat("AB\nHi.\n\n", size));
        fdx("nested XML elements", size -> "<?xml version=\"1.0\"?><FinalDraft><Content><Paragraph><Text>"
                + repeat("<a>", size) + "</Text></Paragraph></Content></FinalDraft>");
        fdx("nested dual dialogue", size -> "<?xml version=\"1.0\"?><FinalDraft><Content>"
                + repeat("<Paragraph><DualDialogue>", size) + "</Content></FinalDraft>");
        fdx("many paragraphs", size -> "<?xml version=\"1.0\"?><FinalDraft><Content>"
                + "<Paragraph Type=\"Scene Heading\"><Text>INT. STAGE - DAY</Text></Paragraph>"
                + repeat("<Paragraph Type=\"Action\"><Text>_a *b </Text></Paragraph>", size)
                + "</Content></FinalDraft>");
    }

    private HostileScreenplays() {
    }

    /** A generated file and the name it is uploaded under. */
    public record Hostile(String fileName, byte[] content) {
    }

    private static void fountain(String name, IntFunction<String> text) {
        CONSTRUCTS.put(name, size -> new Hostile("hostile.fountain", text.apply(size).getBytes(StandardCharsets.UTF_8)));
    }

    private static void fdx(String name, IntFunction<String> text) {
        CONSTRUCTS.put(name, size -> new Hostile("hostile.fdx", text.apply(size).getBytes(StandardCharsets.UTF_8)));
    }

    /** The unit repeated until the text is about {@code size} characters long. */
    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    /** Reads the file and tells how long it took, in nanoseconds; a refusal as unreadable is a fine outcome. */
    public static long parseNanos(Hostile file) {
        ScreenplayReader reader = new ScreenplayReader();
        long start = System.nanoTime();
        try {
            reader.read(file.fileName(), file.content());
        } catch (UnreadableScreenplayException refused) {
            // the time until the refusal is what counts
        }
        return System.nanoTime() - start;
    }
}
