package app.coulisse.callsheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.core.Messages;
import app.coulisse.season.PaperSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed call sheet's layout, read back from the PDF. */
class CallSheetPdfTest {

    @Test
    void a_section_title_never_ends_a_page_away_from_its_table() throws IOException {
        CallSheetContent.SceneLine scene = new CallSheetContent.SceneLine("101/3", "INT", "TRAINING ROOM", "NIGHT", 14,
                List.of(2, 3), "Cheyenne rehearses alone.", "Stage 1, Studios de Bry");
        CallSheetContent.Advance advance = new CallSheetContent.Advance(LocalDate.of(2026, 9, 9), 3, List.of(scene));
        // However many performers push it down the page, the advance schedule's title stays with its scenes.
        for (int performers = 30; performers <= 75; performers++) {
            List<CallSheetContent.CastLine> cast = java.util.stream.IntStream.rangeClosed(1, performers)
                    .mapToObj(id -> new CallSheetContent.CastLine(id, "Dancer " + id, "Performer " + id, "W",
                            LocalTime.of(6, 0), LocalTime.of(6, 30), LocalTime.of(7, 15), LocalTime.of(7, 45)))
                    .toList();
            CallSheetContent content = new CallSheetContent("Étoile", 1, List.of("101"), "Paris unit", "Europe/Paris",
                    LocalDate.of(2026, 9, 8), 2, 7, LocalTime.of(7, 0), LocalTime.of(8, 0), List.of(), List.of(scene),
                    14, cast, List.of(), List.of(), List.of(), List.of(), List.of(), null, advance);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new CallSheetPdf(Messages.bundled(), List.of(Locale.ENGLISH)).write(content, 0, List.of(), PaperSize.A4,
                    out);
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(document).lines().filter(l -> !l.isBlank()).toList();
                    int title = lines.indexOf(lines.stream().filter(l -> l.startsWith("ADVANCE SCHEDULE")).findFirst()
                            .orElse(""));
                    if (title >= 0) {
                        assertThat(lines.subList(title, lines.size())).as("%d performers, page %d", performers, page)
                                .anySatisfy(line -> assertThat(line).startsWith("101/3"));
                    }
                }
            }
        }
    }

    @Test
    void a_scene_number_stays_on_one_line_however_narrow_its_column() throws IOException {
        CallSheetContent.SceneLine scene = new CallSheetContent.SceneLine("101/13", "INT",
                "BALLET NATIONAL - TRAINING ROOM", "DAY", 10, List.of(2, 3, 10, 11),
                "Geneviève tells Cheyenne she leaves for New York on Monday; Cheyenne asks for one last class.",
                "Stage 1, Studios de Bry");
        CallSheetContent content = new CallSheetContent("Étoile", 1, List.of("101"), "Paris unit", "Europe/Paris",
                LocalDate.of(2026, 9, 8), 2, 7, LocalTime.of(7, 0), LocalTime.of(8, 0), List.of(), List.of(scene), 10,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CallSheetPdf(Messages.bundled(), List.of(Locale.ENGLISH)).write(content, 0, List.of(), PaperSize.A4, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document).lines()).anySatisfy(line ->
                    assertThat(line).startsWith("101/13 INT"));
        }
    }
}
