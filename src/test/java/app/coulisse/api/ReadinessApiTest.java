package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.dance.readiness.CoverInLine;
import app.coulisse.security.SystemAuthentication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Readiness per season, dancers out and their covers over HTTP, as the office's scripts use them; roles and bad input. */
class ReadinessApiTest extends ServerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    AvailabilityService availability;

    private HttpResponse<String> markOut(String user, String password, String body) throws Exception {
        return send(request("/api/dancers-out", user, password).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    @Test
    void readiness_lists_each_number_on_each_shoot_day_with_translated_reasons() throws Exception {
        HttpResponse<String> response = send(request("/api/seasons/1/readiness", "writer", "etoile-room")
                .header("Accept-Language", "fr"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode days = json.readTree(response.body());
        assertThat(days.isArray()).isTrue();
        assertThat(days).isNotEmpty();
        JsonNode noGo = null;
        for (JsonNode day : days) {
            assertThat(day.get("go").asBoolean()).isEqualTo(day.get("reasons").isEmpty());
            if (!day.get("go").asBoolean() && noGo == null) {
                noGo = day;
            }
        }
        assertThat(noGo).as("the demo has a number that is no go on its first shoot day").isNotNull();
        JsonNode reason = noGo.get("reasons").get(0);
        assertThat(reason.get("key").asText()).isNotBlank();
        assertThat(reason.get("message").asText()).doesNotStartWith("!");
        // The demo's seeded part is named in the request's language, in the message and as its argument.
        JsonNode bigSwan = null;
        for (JsonNode day : days) {
            for (JsonNode why : day.get("reasons")) {
                if (why.get("key").asText().equals("dance.readiness.part-not-ready") && bigSwan == null) {
                    bigSwan = why;
                }
            }
        }
        assertThat(bigSwan).isNotNull();
        assertThat(bigSwan.get("message").asText()).contains("« Grand cygne »");
        assertThat(bigSwan.get("arguments").get(0).asText()).isEqualTo("Grand cygne");
        assertThat(send(request("/api/seasons/77/readiness", "writer", "etoile-room")).statusCode()).isEqualTo(404);
    }

    @Test
    void the_office_marks_a_dancer_out_and_a_writer_may_not() throws Exception {
        String body = "{\"castId\": 1, \"from\": \"2040-05-04\", \"to\": \"2040-05-10\", \"reason\": \"away\"}";
        assertThat(markOut("writer", "etoile-room", body).statusCode()).isEqualTo(403);
        HttpResponse<String> created = markOut("production", "etoile-office", body);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode out = json.readTree(created.body());
        assertThat(out.get("castId").asInt()).isEqualTo(1);
        assertThat(out.get("to").asText()).isEqualTo("2040-05-10");
        assertThat(send(request("/api/dancers-out", "writer", "etoile-room")).body()).contains("2040-05-04");
    }

    @Test
    void the_office_puts_the_proposed_cover_in_with_one_call_and_takes_it_out_again_and_a_writer_may_do_neither()
            throws Exception {
        LocalDate first = LocalDate.parse(veilDay().get("date").asText());
        assertThat(veilDay().get("go").asBoolean()).as("the Veil is go on its day with Cheyenne in").isTrue();
        long id = json.readTree(markOut("production", "etoile-office", "{\"castId\": 3, \"from\": \"" + first
                + "\", \"to\": \"" + first.plusDays(6) + "\"}").body()).get("id").asLong();
        String coversIn = "/api/seasons/1/dancers-out/" + id + "/covers-in";
        try {
            // The Nymph's cover is not called that day in the demo: with Cheyenne out, nobody ready dances the part.
            JsonNode out = veilDay();
            assertThat(out.get("go").asBoolean()).isFalse();
            assertThat(out.get("reasons").get(0).get("key").asText()).isEqualTo("dance.readiness.part-not-ready");
            JsonNode impact = json.readTree(send(request("/api/seasons/1/dancers-out/" + id, "writer", "etoile-room"))
                    .body());
            assertThat(impact.get("shootDays").get(0).get("date").asText()).isEqualTo(first.toString());
            JsonNode nymph = part(impact, "The Nymph");
            assertThat(nymph.get("proposed").get("label").asText()).isEqualTo("10. ÉLODIE MARCHAND");
            assertThat(nymph.get("proposed").get("ready").asBoolean()).isTrue();
            assertThat(nymph.get("standingIn").isNull()).isTrue();

            assertThat(send(request(coversIn, "writer", "etoile-room").POST(BodyPublishers.noBody())).statusCode())
                    .isEqualTo(403);
            HttpResponse<String> put = send(request(coversIn, "production", "etoile-office")
                    .POST(BodyPublishers.noBody()));
            assertThat(put.statusCode()).isEqualTo(200);
            JsonNode in = json.readTree(put.body());
            assertThat(in.get("coversIn").asBoolean()).isTrue();
            assertThat(part(in, "The Nymph").get("standingIn").get("label").asText()).isEqualTo("10. ÉLODIE MARCHAND");
            assertThat(veilDay().get("go").asBoolean()).as("go again with the cover in").isTrue();
            HttpResponse<String> again = send(request(coversIn, "production", "etoile-office")
                    .POST(BodyPublishers.noBody()));
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(json.readTree(again.body()).get("key").asText()).isEqualTo("dance.out.already-in");

            assertThat(send(request(coversIn, "writer", "etoile-room").DELETE()).statusCode()).isEqualTo(403);
            HttpResponse<String> undone = send(request(coversIn, "showrunner", "etoile-lead").DELETE());
            assertThat(undone.statusCode()).isEqualTo(200);
            assertThat(json.readTree(undone.body()).get("coversIn").asBoolean()).isFalse();
            assertThat(veilDay().get("go").asBoolean()).as("no go again once undone").isFalse();
            assertThat(send(request("/api/seasons/1/dancers-out/999999/covers-in", "production", "etoile-office")
                    .DELETE()).statusCode()).isEqualTo(404);
        } finally {
            SystemAuthentication.asShowrunner(() -> {
                availability.remove(id);
                return null;
            });
        }
    }

    @Test
    void the_office_removes_an_absence_entered_by_mistake_with_its_covers_and_a_writer_may_not() throws Exception {
        long id = cheyenneOutOnTheVeilsFirstDay();
        String absence = "/api/seasons/1/dancers-out/" + id;
        assertThat(send(request(absence + "/covers-in", "production", "etoile-office").POST(BodyPublishers.noBody()))
                .statusCode()).isEqualTo(200);

        assertThat(send(request(absence, "writer", "etoile-room").DELETE()).statusCode()).isEqualTo(403);
        assertThat(send(request(absence, "writer", "etoile-room")).statusCode()).as("still there").isEqualTo(200);
        assertThat(send(request(absence, "production", "etoile-office").DELETE()).statusCode()).isEqualTo(204);

        assertThat(send(request(absence, "writer", "etoile-room")).statusCode()).isEqualTo(404);
        assertThat(json.readTree(send(request("/api/dancers-out", "writer", "etoile-room")).body()))
                .noneMatch(out -> out.get("id").asLong() == id);
        assertThat(veilDay().get("go").asBoolean()).as("the Veil as before the absence").isTrue();
        List<CoverInLine> history = SystemAuthentication.asShowrunner(() -> availability.history(id));
        assertThat(history).singleElement().satisfies(line -> assertThat(line.undoneBy()).isEqualTo("production"));
        assertThat(SystemAuthentication.asShowrunner(() -> availability.removed()))
                .anySatisfy(removed -> {
                    assertThat(removed.id()).isEqualTo(id);
                    assertThat(removed.removedBy()).isEqualTo("production");
                });
        assertThat(send(request(absence, "production", "etoile-office").DELETE()).statusCode())
                .as("already removed").isEqualTo(404);
    }

    @Test
    void an_absence_removed_by_mistake_is_restored_without_its_covers_and_a_writer_may_not() throws Exception {
        long id = cheyenneOutOnTheVeilsFirstDay();
        String absence = "/api/seasons/1/dancers-out/" + id;
        try {
            assertThat(send(request(absence + "/covers-in", "production", "etoile-office")
                    .POST(BodyPublishers.noBody())).statusCode()).isEqualTo(200);
            assertThat(send(request(absence + "/restore", "production", "etoile-office")
                    .POST(BodyPublishers.noBody())).statusCode()).as("not removed").isEqualTo(400);
            assertThat(send(request(absence, "production", "etoile-office").DELETE()).statusCode()).isEqualTo(204);

            assertThat(send(request(absence + "/restore", "writer", "etoile-room").POST(BodyPublishers.noBody()))
                    .statusCode()).isEqualTo(403);
            assertThat(send(request(absence, "writer", "etoile-room")).statusCode()).as("still removed").isEqualTo(404);
            assertThat(send(request(absence + "/restore", "production", "etoile-office")
                    .POST(BodyPublishers.noBody())).statusCode()).isEqualTo(204);

            assertThat(send(request(absence, "writer", "etoile-room")).statusCode()).isEqualTo(200);
            assertThat(veilDay().get("go").asBoolean()).as("Cheyenne out again, nobody in for her").isFalse();
            assertThat(SystemAuthentication.asShowrunner(() -> availability.coversIn()))
                    .as("the cover stays out until put in again").noneMatch(line -> line.unavailabilityId() == id);
            assertThat(SystemAuthentication.asShowrunner(() -> availability.removed()))
                    .noneMatch(removed -> removed.id() == id);
            assertThat(send(request("/api/seasons/1/dancers-out/999999/restore", "production", "etoile-office")
                    .POST(BodyPublishers.noBody())).statusCode()).isEqualTo(404);
        } finally {
            SystemAuthentication.asShowrunner(() -> {
                if (availability.dancersOut().stream().anyMatch(out -> out.id() == id)) {
                    availability.remove(id);
                }
                return null;
            });
        }
    }

    /** Marks Cheyenne (cast 3, the Veil's nymph) out on the Veil's first shoot day, as the office; answers the id. */
    private long cheyenneOutOnTheVeilsFirstDay() throws Exception {
        LocalDate first = LocalDate.parse(veilDay().get("date").asText());
        return json.readTree(markOut("production", "etoile-office", "{\"castId\": 3, \"from\": \"" + first
                + "\", \"to\": \"" + first + "\"}").body()).get("id").asLong();
    }

    /** The Veil's first shoot day as the readiness API answers it. */
    private JsonNode veilDay() throws Exception {
        for (JsonNode day : json.readTree(send(request("/api/seasons/1/readiness", "writer", "etoile-room")).body())) {
            if (day.get("title").asText().equals("The Veil")) {
                return day;
            }
        }
        throw new AssertionError("the demo shoots The Veil");
    }

    private static JsonNode part(JsonNode impact, String name) {
        for (JsonNode part : impact.get("parts")) {
            if (part.get("part").asText().equals(name)) {
                return part;
            }
        }
        throw new AssertionError("no part " + name + " in " + impact);
    }

    @Test
    void a_range_ending_before_it_starts_or_an_unknown_cast_id_is_refused_and_nothing_is_saved() throws Exception {
        HttpResponse<String> reversed = markOut("production", "etoile-office",
                "{\"castId\": 1, \"from\": \"2041-05-10\", \"to\": \"2041-05-04\"}");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(reversed.body()).get("key").asText()).isEqualTo("dance.out.range-reversed");
        assertThat(markOut("production", "etoile-office",
                "{\"castId\": 9999, \"from\": \"2041-05-04\", \"to\": \"2041-05-10\"}").statusCode()).isEqualTo(404);
        assertThat(send(request("/api/dancers-out", "writer", "etoile-room")).body()).doesNotContain("2041-05");
    }
}
