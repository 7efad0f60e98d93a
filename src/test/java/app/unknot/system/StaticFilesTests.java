package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Pages link their stylesheets and scripts by content-hashed addresses that browsers may keep for a year. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class StaticFilesTests {

    private static final Pattern FILE = Pattern.compile("\"(/(?:css|js)/[a-z-]+-([0-9a-f]{32})\\.(?:css|js))\"");

    @Autowired
    RestTestClient client;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/techniques"})
    void everyFileAPageLinksIsHashedAndCachedForAYear(String page) {
        String html = client.get().uri(page).exchange().returnResult(String.class).getResponseBody();
        Matcher file = FILE.matcher(html);
        int files = 0;
        while (file.find()) {
            var answer = client.get().uri(file.group(1)).exchange().returnResult(String.class);
            assertThat(answer.getStatus().value()).as(file.group(1)).isEqualTo(200);
            assertThat(answer.getResponseHeaders().getCacheControl()).as(file.group(1))
                .contains("max-age=31536000", "public", "immutable");
            assertThat(answer.getResponseHeaders().getETag()).contains(file.group(2));
            files++;
        }
        assertThat(files).as("stylesheets and scripts linked from %s", page).isPositive();
        assertThat(html).doesNotContain("href=\"/css/unknot.css\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/css/unknot-00000000000000000000000000000000.css", "/css/../application.properties",
        "/static/css/unknot.css", "/application.properties", "/db/migration/V1__catalog_schema.sql"})
    void nothingElseIsServedAsAFile(String path) {
        assertThat(client.get().uri(path).exchange().returnResult(String.class).getStatus().value()).isEqualTo(404);
    }
}
