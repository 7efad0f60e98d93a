package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Oversized and NUL-carrying requests are refused cheaply with a 4xx, never a 500 or a stack trace.
 * It uses the JDK's HTTP client directly, on purpose: a chunked body, a raw {@code %00} in the
 * address and oversized headers are the point, and a higher-level client would re-encode or buffer them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class RequestGuardTests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void aJsonBodyOverTheLimitIsA413Problem() throws Exception {
        String body = "{\"areas\":[" + IntStream.range(0, 20_000).mapToObj(i -> "\"lower-back\"").collect(Collectors.joining(",")) + "]}";

        var response = post("/api/routines", "application/json", BodyPublishers.ofString(body));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertNoInternals(response.body());
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsA413ProblemToo() throws Exception {
        byte[] body = ("{\"areas\":[" + "\"lower-back\",".repeat(10_000) + "\"neck\"]}").getBytes(StandardCharsets.UTF_8);

        var response = post("/api/routines", "application/json", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertNoInternals(response.body());
    }

    @Test
    void aFormOverItsSizeLimitIsRefused() throws Exception {
        String form = "areas=lower-back&painLevel=3&minutes=" + "1".repeat(40_000);

        var response = post("/routines", "application/x-www-form-urlencoded", BodyPublishers.ofString(form));

        assertThat(response.statusCode()).isEqualTo(413);
        assertNoInternals(response.body());
    }

    @Test
    void aFormWithTooManyParametersIsRefused() throws Exception {
        String form = IntStream.range(0, 500).mapToObj(i -> "areas=lower-back").collect(Collectors.joining("&"));

        var response = post("/routines", "application/x-www-form-urlencoded", BodyPublishers.ofString(form));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("We could not make sense of that request");
        assertNoInternals(response.body());
    }

    @Test
    void aQueryWithTooManyParametersIsRefused() throws Exception {
        String query = IntStream.range(0, 500).mapToObj(i -> "q" + i + "=" + URLEncoder.encode("<b>", StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));

        for (String path : new String[] {"/techniques?", "/api/techniques?"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + query)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertNoInternals(response.body());
        }
    }

    @Test
    void headersOverTheLimitAreRefused() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).header("X-Padding", "x".repeat(20_000)).build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertNoInternals(response.body());
    }

    @Test
    void aNulCharacterInAParameterIsA400OnEveryDatabase() throws Exception {
        for (String path : new String[] {"/techniques?q=lower%00back", "/api/techniques?q=%00", "/techniques/flat-back%00"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertNoInternals(response.body());
        }
    }

    private HttpResponse<String> post(String path, String contentType, BodyPublisher body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", contentType).header("Accept", "*/*").POST(body).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at app.unknot", "org.springframework", "org.apache", "<b>");
    }
}
