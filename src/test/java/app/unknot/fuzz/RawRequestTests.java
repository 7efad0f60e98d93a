package app.unknot.fuzz;

import static app.unknot.fuzz.ResponseChecks.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Request lines no well-behaved client would send (path tricks, bad escapes, encoded slashes, odd
 * methods), written byte for byte to the running server, so Tomcat's own handling and the app's
 * error pages answer them: a 200, 400, 404 or 405 (406 when asking the JSON API for HTML), never a 5xx, internals, or a file it should not serve.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class RawRequestTests {

    private static final List<String> TARGETS = List.of(
        "/techniques/..%2F..%2Fetc%2Fpasswd", "/techniques/%2e%2e/%2e%2e/etc/passwd", "/techniques/%00", "/techniques/%C0%AE%C0%AE",
        "/techniques/%252e%252e%252f", "/..;/WEB-INF/web.xml", "/techniques;jsessionid=abc", "/techniques;x=<script>",
        "/css/..%2F..%2Fapplication.properties", "/css/%2e%2e/%2e%2e/application.properties", "/css/../application.properties",
        "/application.properties", "/WEB-INF/", "/META-INF/MANIFEST.MF", "/templates/fragments/layout.html",
        "/db/migration/V1__catalog_schema.sql", "/error", "/error?status=500", "//techniques", "/techniques//flat-back-90-90",
        "/techniques/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/techniques/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
        "/api/techniques/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/routines/%3Cscript%3Ealert(1)%3C%2Fscript%3E/steps/1",
        "/routines/AAAAAAAAAAAAAAAAAAAAAA/steps/99999999999999999999", "/routines/x/steps/-1", "/api/routines/..%5C..%5C",
        "/%ff%fe", "/techniques/%E2%80%AE", "/techniques?area=%ZZ", "/techniques?area=%", "/techniques?area=%u003c",
        "/techniques?area", "/techniques?=x", "/techniques?&&&", "/techniques?area=lower-back&area=neck",
        "/techniques?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/techniques?q=" + "a".repeat(5_000),
        "/techniques?kind=%22%20autofocus%20onfocus%3D%22alert(1)", "/techniques/" + "%41".repeat(2_000),
        "/routines/new?area=%00", "/api/techniques?area=%ZZ", "/api/techniques?q=%F0%9F", "/\\techniques", "/techniques/\\..\\");
    private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "DELETE");

    private static int tried;

    @LocalServerPort
    int port;

    @Test
    void oddRequestTargetsAreAnsweredWithA4xxAndNothingInternal() throws IOException {
        var checks = new ResponseChecks();
        for (String target : TARGETS) {
            Answer answer = send("GET " + target + " HTTP/1.1");
            checks.check("GET", target, answer.status(), answer.contentType(), answer.text(), statuses(200, 400, 404));
            assertThat(answer.text()).as(target).doesNotContain("spring.datasource", "CREATE TABLE", "Manifest-Version", "th:fragment");
            tried++;
        }
        assertThat(checks.failures()).isEmpty();
    }

    @Test
    void oddMethodsAreRefusedWithoutInternals() throws IOException {
        var checks = new ResponseChecks();
        for (String method : METHODS) {
            for (String target : List.of("/", "/techniques", "/api/tools")) {
                Answer answer = send(method + " " + target + " HTTP/1.1");
                checks.check(method, target, answer.status(), answer.contentType(), answer.text(), statuses(200, 204, 400, 405, 406));
                tried++;
            }
        }
        assertThat(checks.failures()).isEmpty();
    }

    @AfterAll
    static void reportTries() {
        System.out.println("fuzz: " + tried + " raw requests tried");
    }

    private record Answer(int status, String contentType, String text) {
    }

    private Answer send(String requestLine) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            String contentType = text.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                .map(line -> line.substring(13).strip()).findFirst().orElse(null);
            return new Answer(status, contentType, text);
        }
    }
}
