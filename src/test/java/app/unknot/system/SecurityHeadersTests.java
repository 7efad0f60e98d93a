package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of response, error responses included, carries the browser protections. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class SecurityHeadersTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static Stream<Arguments> responses() {
        return Stream.of(
            Arguments.of("a page", "/", "text/html", 200),
            Arguments.of("an API response", "/api/tools", "application/json", 200),
            Arguments.of("a static file", "/css/unknot.css", "text/css", 200),
            Arguments.of("a 404 page", "/no/such/page", "text/html", 404),
            Arguments.of("a 404 problem", "/api/techniques/nope", "application/json", 404),
            Arguments.of("a 400 page", "/techniques?kind=spoon", "text/html", 400),
            Arguments.of("a 400 problem", "/api/techniques?tool=spoon", "application/json", 400));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("responses")
    void everyResponseCarriesTheSecurityHeaders(String what, String path, String accept, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
            .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'")
            .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
            .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "screen-wake-lock=(self)"));
        assertThat(headers.firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
    }
}
