package app.unknot.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests the app takes as sent by another site, header by header. */
class CrossSitePostFilterTests {

    private static final String PUBLIC = "https://unknot.example";

    static Stream<Arguments> requests() {
        return Stream.of(
            // method, Sec-Fetch-Site, Origin, refused
            Arguments.of("POST", "same-origin", null, false),
            Arguments.of("POST", "none", null, false),
            Arguments.of("POST", "cross-site", null, true),
            Arguments.of("POST", "same-site", null, true),
            Arguments.of("DELETE", "cross-site", null, true),
            Arguments.of("PUT", "cross-site", null, true),
            Arguments.of("POST", "cross-site", "http://localhost:8080", true),
            Arguments.of("POST", "same-origin", "https://evil.example", false),
            Arguments.of("POST", null, "http://localhost:8080", false),
            Arguments.of("POST", null, PUBLIC, false),
            Arguments.of("POST", null, "https://evil.example", true),
            Arguments.of("POST", null, "http://localhost:8081", true),
            Arguments.of("POST", null, "https://localhost:8080", true),
            Arguments.of("POST", null, "null", true),
            Arguments.of("POST", null, null, false),
            Arguments.of("GET", "cross-site", "https://evil.example", false),
            Arguments.of("HEAD", "cross-site", null, false));
    }

    @ParameterizedTest(name = "{0} with Sec-Fetch-Site {1} and Origin {2}: refused {3}")
    @MethodSource("requests")
    void refusesOnlyChangesABrowserSentFromAnotherSite(String method, String fetchSite, String origin, boolean refused)
            throws ServletException, IOException {
        var request = new MockHttpServletRequest(method, "/routines/abc/delete");
        request.setServerName("localhost");
        request.setServerPort(8080);
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        new CrossSitePostFilter(PUBLIC).doFilter(request, response, chain);

        assertThat(chain.getRequest() == null).as("stopped before the app").isEqualTo(refused);
        assertThat(response.getStatus()).isEqualTo(refused ? 403 : 200);
    }

    @ParameterizedTest(name = "{0} is the origin of a request to port {1}")
    @MethodSource("defaultPorts")
    void aDefaultPortIsLeftOutAsBrowsersDo(String origin, String scheme, int port) throws ServletException, IOException {
        var request = new MockHttpServletRequest("POST", "/routines");
        request.setScheme(scheme);
        request.setServerName("unknot.test");
        request.setServerPort(port);
        request.addHeader("Origin", origin);
        var response = new MockHttpServletResponse();

        new CrossSitePostFilter("").doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(200);
    }

    static Stream<Arguments> defaultPorts() {
        return Stream.of(Arguments.of("http://unknot.test", "http", 80), Arguments.of("https://unknot.test", "https", 443),
            Arguments.of("http://unknot.test:8080", "http", 8080));
    }
}
