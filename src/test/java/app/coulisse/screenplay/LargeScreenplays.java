package app.coulisse.screenplay;

import java.nio.charset.StandardCharsets;

/** Long, well-formed Fountain files for the write-path complexity test, the import and the live room benchmarks. */
public final class LargeScreenplays {

    static final String[] SECTIONS = {"Act One", "Act Two", "Act Three"};

    private LargeScreenplays() {
    }

    /**
     * {@code scenes} numbered scenes over three sections, on eight sets, each with two of ten speaking characters
     * whose names start with {@code castPrefix} (so two files can bring their own new characters).
     */
    static byte[] fountain(String castPrefix, int scenes) {
        return fountain(castPrefix, scenes, 1);
    }

    /** The same, each scene holding {@code exchanges} times an action line and two speeches. */
    public static byte[] fountain(String castPrefix, int scenes, int exchanges) {
        StringBuilder text = new StringBuilder("Title: Long Night\n\n");
        for (int i = 0; i < scenes; i++) {
            if (i % Math.max(1, scenes / SECTIONS.length) == 0 && i / Math.max(1, scenes / SECTIONS.length) < SECTIONS.length) {
                text.append("# ").append(SECTIONS[i / Math.max(1, scenes / SECTIONS.length)]).append("\n\n");
            }
            text.append(i % 2 == 0 ? "INT. " : "EXT. ").append("STUDIO ").append(i % 8)
                    .append(i % 3 == 0 ? " - NIGHT" : " - DAY").append(" #").append(i + 1).append("#\n\n");
            for (int exchange = 0; exchange < exchanges; exchange++) {
                text.append("The company warms up at the barre.\n\n");
                text.append(castPrefix).append(" ").append((char) ('A' + i % 10)).append("\nFrom the top.\n\n");
                text.append(castPrefix).append(" ").append((char) ('A' + (i + 3) % 10)).append("\nAgain, with feeling.\n\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
