package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.ServerTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document describes every /api route the controllers serve, behind the API's login. */
class OpenApiDocumentTest extends ServerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_api_route_is_in_the_document() throws Exception {
        HttpResponse<String> response = send(request("/api/openapi.json", "production", "etoile-office"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(response.body()).get("paths");
        Set<String> documented = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties()
                .forEach(method -> documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("app.coulisse")) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                            served.add(method.name() + " " + pattern);
                        }
                    }
                }
            }
        });

        assertThat(served).contains("GET /api/series", "PUT /api/series", "GET /api/seasons", "POST /api/seasons",
                "GET /api/seasons/{number}/breakdown.xlsx", "GET /api/season/breakdown.xlsx", "POST /api/episodes",
                "GET /api/episodes/{id}/scenes/{sceneId}/script", "POST /api/episodes/{id}/suggestions/refresh");
        assertThat(documented).containsAll(served);
    }

    @Test
    void the_document_and_its_page_need_a_login() throws Exception {
        assertThat(send(request("/api/openapi.json")).statusCode()).isEqualTo(401);
        assertThat(send(request("/api/docs")).statusCode()).isEqualTo(401);

        HttpResponse<String> entry = send(request("/api/docs", "writer", "etoile-room"));
        assertThat(entry.statusCode()).isEqualTo(302);
        String location = URI.create(entry.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).startsWith("/api/");
        assertThat(send(request(location)).statusCode()).isEqualTo(401);
        HttpResponse<String> page = send(request(location, "writer", "etoile-room"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Swagger UI");
        HttpResponse<String> config = send(request("/api/openapi.json/swagger-config", "writer", "etoile-room"));
        assertThat(config.body()).contains("/api/openapi.json");
    }
}
