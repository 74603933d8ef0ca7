package app.coulisse.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiErrorTest {

    @Test
    void the_message_is_the_english_text_of_the_key_with_its_arguments() {
        ApiError error = ApiError.of(400, "api.parameter.invalid", "season", "x\"y");

        assertThat(error).isEqualTo(new ApiError(400, "The value “x\"y” is not valid for season.",
                "api.parameter.invalid"));
    }

    @Test
    void written_outside_spring_mvc_it_is_the_same_json_body() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ApiError.of(415, "api.media-type.unsupported", "text/\"odd\"\\\n").writeTo(response);

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(body.properties()).hasSize(3);
        assertThat(body.get("status").asInt()).isEqualTo(415);
        assertThat(body.get("key").asString()).isEqualTo("api.media-type.unsupported");
        assertThat(body.get("message").asString()).startsWith("Content type text/\"odd\"\\\n is not accepted");
    }
}
