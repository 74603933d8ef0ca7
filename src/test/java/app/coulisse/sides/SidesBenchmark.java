package app.coulisse.sides;

import app.coulisse.core.Messages;
import app.coulisse.season.PaperSize;
import app.coulisse.sides.SidesPagination.Kind;
import app.coulisse.sides.SidesPagination.Paragraph;
import app.coulisse.sides.SidesPagination.SceneText;
import com.sun.management.ThreadMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The render time and memory of 8 pages of sides (a full day: 7 scenes of action and speeches, one of them breaking across pages), from the
 * scenes' text to the PDF's bytes. Run with {@code ./mvnw -B -Pbenchmark -DskipTests test}.
 */
public final class SidesBenchmark {

    private SidesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<SceneText> scenes = day();
        int pages = SidesPagination.paginate(scenes).size();
        SidesPdf pdf = new SidesPdf(Messages.bundled(), Locale.ENGLISH);
        SidesPdf.Heading heading = new SidesPdf.Heading("Étoile", 3, 24, "Paris unit", LocalDate.of(2026, 9, 10),
                scenes.stream().map(SceneText::number).toList(), "Lena Marchetti");
        for (int i = 0; i < 5; i++) {
            render(pdf, heading, scenes); // warm-up
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long allocated = Long.MAX_VALUE;
        int size = 0;
        for (int run = 0; run < 10; run++) {
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            size = render(pdf, heading, scenes);
            best = Math.min(best, System.nanoTime() - start);
            allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - bytesBefore);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.println("== Sides: " + pages + " pages, " + scenes.size() + " scenes");
        System.out.printf("render (best of 10)   %8.1f ms%n", best / 1e6);
        System.out.printf("allocated per render  %8.1f MB%n", allocated / 1e6);
        System.out.printf("PDF size              %8.1f kB%n", size / 1e3);
        System.out.printf("heap in use after     %8.1f MB (max %d MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.maxMemory() / 1_000_000);
    }

    private static int render(SidesPdf pdf, SidesPdf.Heading heading, List<SceneText> scenes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(heading, SidesPagination.paginate(scenes), PaperSize.LETTER, out);
        return out.size();
    }

    /** Seven scenes of about a page each: action, then speeches of two performers, one long enough to break. */
    private static List<SceneText> day() {
        List<SceneText> scenes = new ArrayList<>();
        for (int s = 1; s <= 7; s++) {
            List<Paragraph> body = new ArrayList<>();
            body.add(new Paragraph(Kind.ACTION, "Maya crosses the rehearsal room, counts the bars under her breath and "
                    + "stops at the barre where Geneviève waits with the notes of last night's performance."));
            for (int speech = 0; speech < 4; speech++) {
                body.add(new Paragraph(Kind.CUE, speech % 2 == 0 ? "MAYA" : "GENEVIÈVE (V.O.)"));
                if (speech == 1) {
                    body.add(new Paragraph(Kind.PARENTHETICAL, "(without looking up)"));
                }
                body.add(new Paragraph(Kind.DIALOGUE, String.join(" ", IntStream.range(0, 3 + speech * 2)
                        .mapToObj(i -> "You were late on the third count again, and everyone saw it.").toList())));
            }
            scenes.add(new SceneText(String.valueOf(s * 3), "INT. OPÉRA GARNIER - REHEARSAL ROOM " + s + " - DAY", body));
        }
        return scenes;
    }
}
