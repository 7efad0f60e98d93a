package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API reads bodies sent as JSON and nothing else, and answers in JSON, never YAML. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class JsonOnlyApiTests {

    private static final String ROUTINE = "{\"areas\":[\"lower-back\"],\"minutes\":15,\"performer\":\"self\",\"painLevel\":3}";
    private static final String ROUTINE_AS_YAML = """
        areas: [lower-back]
        minutes: 15
        performer: self
        painLevel: 3
        """;

    @Autowired
    RestTestClient client;
    @Autowired
    JdbcClient jdbc;

    private String id;

    @BeforeEach
    void routine() {
        String location = post("/api/routines", "application/json", ROUTINE).getResponseHeaders().getFirst("Location");
        id = location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aRoutineSentAsYamlIsA415ProblemAndNothingIsSaved() {
        long routines = routineRows();

        var answer = post("/api/routines", "application/yaml", ROUTINE_AS_YAML);

        assertThat(answer.getStatus().value()).isEqualTo(415);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JsonMapper.builder().build().readTree(answer.getResponseBody());
        assertThat(problem.get("status").asInt()).isEqualTo(415);
        assertThat(problem.get("title").asString()).isEqualTo("Unsupported media type");
        assertThat(problem.get("detail").asString()).contains("application/json");
        assertThat(answer.getResponseHeaders().getLocation()).isNull();
        assertThat(routineRows()).isEqualTo(routines);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /api/routines              | application/yaml
        /api/routines              | application/x-yaml
        /api/routines              | text/yaml
        /api/routines              | application/vnd.unknot+json
        /api/routines              | text/plain
        /api/routines              | application/xml
        /api/routines              | application/x-www-form-urlencoded
        /api/routines/ID/sessions  | application/yaml
        /api/routines/ID/sessions  | text/plain
        /api/routines/ID/versions  | application/yaml
        /api/routines/ID/versions  | application/xml
        """)
    void aBodyThatIsNotJsonIsA415Problem(String path, String contentType) {
        var answer = post(path.replace("ID", id), contentType, "painAfter: 2");

        assertThat(answer.getStatus().value()).isEqualTo(415);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getResponseBody()).contains("\"status\":415").doesNotContain(contentType);
    }

    @Test
    void jsonWithItsCharsetIsStillJson() {
        assertThat(post("/api/routines", "application/json;charset=UTF-8", ROUTINE).getStatus().value()).isEqualTo(201);
        assertThat(post("/api/routines/" + id + "/sessions", "application/json", "{\"painAfter\":2}").getStatus().value())
            .isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}, Accept: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        /api/techniques           | application/yaml                      | 406
        /api/techniques/cat-cow   | application/yaml                      | 406
        /api/body-areas           | application/x-yaml                    | 406
        /api/routines/ID          | application/yaml                      | 406
        /api/routines/ID/sessions | application/yaml                      | 406
        /api/routines/nope        | application/yaml                      | 404
        /api/techniques           | application/yaml, application/json;q=0.5 | 200
        """)
    void noAnswerIsYaml(String path, String accept, int status) {
        var answer = client.get().uri(path.replace("ID", id)).header("Accept", accept).exchange().returnResult(String.class);

        assertThat(answer.getStatus().value()).isEqualTo(status);
        assertThat(answer.getResponseHeaders().getContentType().getSubtype()).contains("json");
        assertThat(answer.getResponseBody()).startsWith(status == 200 && path.equals("/api/techniques") ? "[" : "{");
    }

    private EntityExchangeResult<String> post(String path, String contentType, String body) {
        return client.post().uri(path).header("Content-Type", contentType).header("Accept", "application/json")
            .body(body).exchange().returnResult(String.class);
    }

    private long routineRows() {
        return jdbc.sql("select count(*) from routine").query(Long.class).single();
    }
}
