package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Behind a proxy that ends HTTPS, with the app told to read the forwarded headers: the browser is
 * told to keep to HTTPS, and cookies are Secure. Over plain HTTP, neither.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class BehindHttpsProxyTests {

    @Autowired
    RestTestClient client;

    @Test
    void overHttpsThePageAsksForHttpsOnlyAndCookiesAreSecure() {
        var page = client.get().uri("/").header("X-Forwarded-Proto", "https").exchange().returnResult(String.class);
        assertThat(page.getResponseHeaders().getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000");

        var saved = save("https");
        assertThat(saved.getResponseHeaders().get("Set-Cookie")).isNotEmpty().allSatisfy(cookie ->
            assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void overPlainHttpNeither() {
        var page = client.get().uri("/").exchange().returnResult(String.class);
        assertThat(page.getResponseHeaders().getFirst("Strict-Transport-Security")).isNull();

        var saved = save("http");
        assertThat(saved.getResponseHeaders().get("Set-Cookie")).isNotEmpty().allSatisfy(cookie ->
            assertThat(cookie).contains("HttpOnly").doesNotContain("Secure"));
    }

    /** The builder form, whose answer sets the flash cookie and this device's list of routines. */
    private EntityExchangeResult<String> save(String proto) {
        var form = new LinkedMultiValueMap<String, String>();
        form.put("areas", List.of("lower-back"));
        form.put("minutes", List.of("15"));
        form.put("performer", List.of("partner"));
        form.put("painLevel", List.of("3"));
        form.put("painWeeks", List.of("1"));
        return client.post().uri("/routines").header("X-Forwarded-Proto", proto)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange().returnResult(String.class);
    }
}
