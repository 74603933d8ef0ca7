package app.coulisse.sides;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays scenes out as screenplay pages of Courier 12 pt: 55 lines a page, the widths of record 004 (action 61
 * characters, dialogue and cue 35, parenthetical 25), one blank line after each block. A heading keeps its first
 * lines of text with it; a paragraph breaks only with two lines on each side; a speech breaks with its cue and two
 * lines before the break, ending the page on {@code (MORE)} and going on under {@code NAME (CONT'D)} (record 053).
 * Dual dialogue prints side by side, two narrower columns on the same lines, and goes over whole.
 */
public final class SidesPagination {

    public static final int LINES_PER_PAGE = 55;
    static final int ACTION_WIDTH = 61;
    static final int DIALOGUE_WIDTH = 35;
    static final int PARENTHETICAL_WIDTH = 25;
    /** Widths of a column of dual dialogue: each speech gets 2.8 in of the page's 6 in. */
    static final int DUAL_WIDTH = 28;
    static final int DUAL_PARENTHETICAL_WIDTH = 22;
    /** Lines that must stay together on either side of a break in a paragraph, and under a heading. */
    private static final int KEEP = 2;
    private static final String MORE = "(MORE)";
    private static final String CONTINUED = "(CONT'D)";

    /** What a printed line is, which decides where it is indented. */
    public enum Kind {
        HEADING, ACTION, CUE, PARENTHETICAL, DIALOGUE, TRANSITION, CENTERED, MORE, BLANK,
        /** A line of dual dialogue: its two {@link Line#columns()}, left and right. */
        DUAL
    }

    /**
     * A paragraph of a scene as the script gives it: ACTION, CUE, PARENTHETICAL, DIALOGUE, TRANSITION or CENTERED;
     * {@code dual} on the cue, parentheticals and dialogue of two speeches said at once.
     */
    public record Paragraph(Kind kind, String text, boolean dual) {

        public Paragraph(Kind kind, String text) {
            this(kind, text, false);
        }
    }

    /** A scene to lay out: its number, heading and paragraphs. */
    public record SceneText(String number, String heading, List<Paragraph> paragraphs) {
    }

    /**
     * A printed line; {@code numbered} on a heading's first line, which carries the scene number in both margins; a
     * {@link Kind#DUAL} line holds the left and the right speech's lines in {@code columns} (either may be BLANK).
     */
    public record Line(Kind kind, String text, String scene, boolean numbered, List<Line> columns) {

        public Line(Kind kind, String text, String scene, boolean numbered) {
            this(kind, text, scene, numbered, List.of());
        }

        static Line dual(Line left, Line right) {
            return new Line(Kind.DUAL, left.text() + "  " + right.text(), left.scene(), false, List.of(left, right));
        }
    }

    /** A page: its lines (at most 55) and the scenes printed on it, in order. */
    public record Page(List<Line> lines) {

        public List<String> scenes() {
            Set<String> scenes = new LinkedHashSet<>();
            lines.forEach(line -> scenes.add(line.scene()));
            return List.copyOf(scenes);
        }
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Line> page = new ArrayList<>();

    private SidesPagination() {
    }

    /** The scenes, one after the other, as pages. */
    public static List<Page> paginate(List<SceneText> scenes) {
        SidesPagination layout = new SidesPagination();
        List<Block> blocks = new ArrayList<>();
        scenes.forEach(scene -> blocks.addAll(blocks(scene)));
        for (int i = 0; i < blocks.size(); i++) {
            layout.place(blocks.get(i), i + 1 < blocks.size() ? blocks.get(i + 1) : null);
        }
        return layout.finish();
    }

    /** A heading, a paragraph, a speech (a cue with its parentheticals and dialogue), or two speeches side by side. */
    private record Block(Kind kind, List<Line> lines, boolean dual) {

        Block(Kind kind, List<Line> lines) {
            this(kind, lines, false);
        }
    }

    private static List<Block> blocks(SceneText scene) {
        List<Block> blocks = new ArrayList<>();
        List<Line> heading = lines(Kind.HEADING, scene.heading(), ACTION_WIDTH, scene.number());
        heading.set(0, new Line(Kind.HEADING, heading.getFirst().text(), scene.number(), true));
        blocks.add(new Block(Kind.HEADING, heading));
        List<Line> speech = null;
        boolean dual = false;
        for (Paragraph paragraph : scene.paragraphs()) {
            boolean speaks = paragraph.kind() == Kind.PARENTHETICAL || paragraph.kind() == Kind.DIALOGUE;
            if (speaks && speech != null) {
                speech.addAll(lines(paragraph.kind(), paragraph.text(), width(paragraph.kind(), dual),
                        scene.number()));
                continue;
            }
            if (paragraph.kind() == Kind.CUE) {
                dual = paragraph.dual();
                speech = new ArrayList<>(lines(Kind.CUE, paragraph.text(), width(Kind.CUE, dual), scene.number()));
                blocks.add(new Block(Kind.CUE, speech, dual));
                continue;
            }
            speech = null;
            blocks.add(new Block(paragraph.kind(), lines(paragraph.kind(), paragraph.text(), width(paragraph.kind(),
                    false), scene.number())));
        }
        return sideBySide(blocks);
    }

    /** Pairs each dual speech with the dual speech right after it into one block of lines side by side. */
    private static List<Block> sideBySide(List<Block> blocks) {
        List<Block> paired = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (block.dual() && next != null && next.dual()) {
                List<Line> rows = new ArrayList<>();
                for (int row = 0; row < Math.max(block.lines().size(), next.lines().size()); row++) {
                    rows.add(Line.dual(lineOrBlank(block.lines(), row), lineOrBlank(next.lines(), row)));
                }
                paired.add(new Block(Kind.DUAL, rows));
                i++;
            } else {
                paired.add(block);
            }
        }
        return paired;
    }

    private static Line lineOrBlank(List<Line> lines, int row) {
        return row < lines.size() ? lines.get(row) : new Line(Kind.BLANK, "", lines.getFirst().scene(), false);
    }

    private static int width(Kind kind, boolean dual) {
        return switch (kind) {
            case DIALOGUE, CUE -> dual ? DUAL_WIDTH : DIALOGUE_WIDTH;
            case PARENTHETICAL -> dual ? DUAL_PARENTHETICAL_WIDTH : PARENTHETICAL_WIDTH;
            default -> ACTION_WIDTH;
        };
    }

    private int room() {
        return LINES_PER_PAGE - page.size();
    }

    private void place(Block block, Block next) {
        if (!page.isEmpty()) {
            if (room() <= 1) {
                newPage();
            } else {
                page.add(new Line(Kind.BLANK, "", block.lines().getFirst().scene(), false));
            }
        }
        switch (block.kind()) {
            case HEADING -> heading(block, next);
            case CUE -> speech(block.lines());
            case DUAL -> whole(block.lines());
            default -> paragraph(block.lines());
        }
    }

    /** A heading never ends a page: it goes over when it and the first lines under it do not fit. */
    private void heading(Block block, Block next) {
        int under = next == null ? 0 : 1 + Math.min(KEEP, next.lines().size());
        if (block.lines().size() + under > room() && !atTop()) {
            newPage();
        }
        page.addAll(block.lines());
    }

    /** A paragraph that does not fit breaks with at least two lines on each side, or goes over whole. */
    private void paragraph(List<Line> lines) {
        List<Line> rest = lines;
        while (rest.size() > room()) {
            int split = Math.min(room(), rest.size() - KEEP);
            if (split >= KEEP) {
                page.addAll(rest.subList(0, split));
                rest = rest.subList(split, rest.size());
            }
            newPage();
        }
        page.addAll(rest);
    }

    /** Lines that stay together: over to the next page when they do not fit, cut only when taller than a page. */
    private void whole(List<Line> lines) {
        if (lines.size() > room() && !atTop()) {
            newPage();
        }
        List<Line> rest = lines;
        while (rest.size() > room()) {
            int fit = room();
            page.addAll(rest.subList(0, fit));
            rest = rest.subList(fit, rest.size());
            newPage();
        }
        page.addAll(rest);
    }

    /**
     * A speech that does not fit breaks after its cue and at least two lines of speech, not after a parenthetical,
     * with {@code (MORE)} under the last line; the next page goes on under the cue with {@code (CONT'D)}.
     */
    private void speech(List<Line> lines) {
        Line cue = lines.getFirst();
        List<Line> rest = lines.subList(1, lines.size());
        boolean continued = false;
        while (1 + rest.size() > room()) {
            int said = room() - 2;
            while (said > 0 && said < rest.size() && rest.get(said - 1).kind() == Kind.PARENTHETICAL) {
                said--;
            }
            if (said < KEEP && atTop()) {
                said = room() - 2;
            }
            if (said >= KEEP) {
                page.add(continued ? continuedCue(cue) : cue);
                page.addAll(rest.subList(0, said));
                page.add(new Line(Kind.MORE, MORE, cue.scene(), false));
                rest = rest.subList(said, rest.size());
                continued = true;
            }
            newPage();
        }
        page.add(continued ? continuedCue(cue) : cue);
        page.addAll(rest);
    }

    private static Line continuedCue(Line cue) {
        String name = cue.text().replace(CONTINUED, "").strip();
        return new Line(Kind.CUE, name + " " + CONTINUED, cue.scene(), false);
    }

    private boolean atTop() {
        return page.isEmpty();
    }

    private void newPage() {
        if (!page.isEmpty()) {
            while (page.getLast().kind() == Kind.BLANK) {
                page.removeLast();
            }
            pages.add(new Page(List.copyOf(page)));
        }
        page = new ArrayList<>();
    }

    private List<Page> finish() {
        newPage();
        return List.copyOf(pages);
    }

    /** Greedy word wrap at {@code width}; a word longer than the width is cut; each line of the text wraps alone. */
    static List<Line> lines(Kind kind, String text, int width, String scene) {
        List<Line> lines = new ArrayList<>();
        for (String paragraphLine : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraphLine.strip().split("\\s+")) {
                while (word.length() > width) {
                    if (!line.isEmpty()) {
                        lines.add(new Line(kind, line.toString(), scene, false));
                        line.setLength(0);
                    }
                    lines.add(new Line(kind, word.substring(0, width), scene, false));
                    word = word.substring(width);
                }
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    lines.add(new Line(kind, line.toString(), scene, false));
                    line.setLength(0);
                }
                if (!word.isEmpty()) {
                    line.append(line.isEmpty() ? "" : " ").append(word);
                }
            }
            lines.add(new Line(kind, line.toString(), scene, false));
        }
        return lines;
    }
}
