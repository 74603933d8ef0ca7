package app.coulisse.screenplay.ui;

import java.nio.charset.StandardCharsets;

/** An episode-sized Fountain file: scenes of action, cues, a parenthetical and dialogue, as a reader shows them. */
final class ReaderScripts {

    private ReaderScripts() {
    }

    static byte[] fountain(int scenes) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= scenes; i++) {
            text.append(i % 2 == 0 ? "INT. " : "EXT. ").append("STUDIO ").append(i % 7).append(" - DAY #").append(i)
                    .append("#\n\n")
                    .append("The company warms up at the barre. NINA checks her POINTE SHOES.\n\n")
                    .append("NINA\n(to the pianist)\nFrom the top, please.\n\n")
                    .append("PIANIST\nAgain?\n\n")
                    .append("They dance. The music swells over the studio as the light goes.\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
