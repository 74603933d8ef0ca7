package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Call sheets over HTTP: JSON and PDF for the office and the showrunner, nothing for a writer. */
class CallSheetApiTest extends ServerTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private long firstBoardedDay() throws Exception {
        HttpResponse<String> list = send(request("/api/seasons/1/call-sheets", "production", "etoile-office"));
        assertThat(list.statusCode()).isEqualTo(200);
        for (JsonNode sheet : json.readTree(list.body())) {
            if (!sheet.get("draft").get("scenes").isEmpty()) {
                return sheet.get("dayId").asLong();
            }
        }
        throw new AssertionError("no boarded day");
    }

    @Test
    void the_office_reads_a_days_call_sheet_as_json_and_as_a_pdf_in_both_languages() throws Exception {
        long day = firstBoardedDay();
        HttpResponse<String> sheet = send(request("/api/seasons/1/call-sheets/" + day + ".json", "showrunner",
                "etoile-lead"));
        assertThat(sheet.statusCode()).isEqualTo(200);
        JsonNode draft = json.readTree(sheet.body()).get("draft");
        String firstScene = draft.get("scenes").get(0).get("label").asString();

        HttpResponse<byte[]> pdf = sendForBytes(request("/api/seasons/1/call-sheets/" + day + ".pdf?lang=both",
                "production", "etoile-office"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(firstScene, "Crew call / Convocation équipe", "DRAFT (not published)");
        }
    }

    @Test
    void a_writer_can_neither_read_nor_publish_and_an_unknown_day_is_404() throws Exception {
        long day = firstBoardedDay();
        assertThat(send(request("/api/seasons/1/call-sheets/" + day + ".json", "writer", "etoile-room"))
                .statusCode()).isEqualTo(403);
        assertThat(send(request("/api/seasons/1/call-sheets/" + day + "/publish", "writer", "etoile-room")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = send(request("/api/seasons/1/call-sheets/999999.json", "production",
                "etoile-office"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("999999");
    }
}
