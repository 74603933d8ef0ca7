package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.schedule.ProductionPlanService;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A shoot day's sides over HTTP, for the office's scripts, and who may fetch them. */
class SidesApiTest extends ServerTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ProductionPlanService plans;

    /** A shoot day of the demo season that holds strips. */
    private long aDayWithScenes() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "production", null, AuthorityUtils.createAuthorityList("ROLE_PRODUCTION")));
        try {
            return plans.plan(1).days().stream().filter(d -> !d.strips().isEmpty()).findFirst().orElseThrow().id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_office_gets_the_sides_of_a_day_and_a_writer_is_refused() throws Exception {
        long day = aDayWithScenes();
        HttpResponse<byte[]> response = sendForBytes(request("/api/seasons/1/shoot-days/" + day + "/sides.pdf",
                "showrunner", "etoile-lead").header("Accept-Language", "fr"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("-sides.pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Séquences dans l'ordre de tournage")
                    .contains("Imprimé pour showrunner");
        }
        HttpResponse<String> writer = send(request("/api/seasons/1/shoot-days/" + day + "/sides.pdf", "writer",
                "etoile-room"));
        assertThat(writer.statusCode()).isEqualTo(403);
    }

    @Test
    void an_unknown_day_or_performer_gets_a_json_message_not_a_stack_trace() throws Exception {
        HttpResponse<String> noDay = send(request("/api/seasons/1/shoot-days/99999/sides.pdf", "production",
                "etoile-office"));
        assertThat(noDay.statusCode()).isEqualTo(404);
        JsonNode body = json.readTree(noDay.body());
        assertThat(body.get("key").asString()).isEqualTo("sides.day.not-found");

        long day = aDayWithScenes();
        HttpResponse<String> nobody = send(request("/api/seasons/1/shoot-days/" + day + "/sides.pdf?castId=9999",
                "production", "etoile-office"));
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(nobody.body()).contains("9999").doesNotContain("Exception");
    }
}
