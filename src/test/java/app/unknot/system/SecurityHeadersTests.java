package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Every kind of response, error responses included, carries the browser protections. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class SecurityHeadersTests {

    @Autowired
    RestTestClient client;

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
    void everyResponseCarriesTheSecurityHeaders(String what, String path, String accept, int status) {
        EntityExchangeResult<String> response = client.get().uri(path).header("Accept", accept).exchange()
            .returnResult(String.class);

        assertThat(response.getStatus().value()).isEqualTo(status);
        HttpHeaders headers = response.getResponseHeaders();
        assertThat(Optional.ofNullable(headers.getFirst("Content-Security-Policy"))).hasValueSatisfying(csp -> assertThat(csp)
            .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
                "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'")
            .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(Optional.ofNullable(headers.getFirst("X-Content-Type-Options"))).hasValue("nosniff");
        assertThat(Optional.ofNullable(headers.getFirst("X-Frame-Options"))).hasValue("DENY");
        assertThat(Optional.ofNullable(headers.getFirst("Referrer-Policy"))).hasValue("strict-origin-when-cross-origin");
        assertThat(Optional.ofNullable(headers.getFirst("Permissions-Policy"))).hasValueSatisfying(policy -> assertThat(policy)
            .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "screen-wake-lock=(self)"));
        assertThat(Optional.ofNullable(headers.getFirst("X-Request-Id"))).hasValueSatisfying(id -> assertThat(id).isNotBlank());
    }
}
