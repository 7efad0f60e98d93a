package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a browser needs to offer Unknot for installing, and what search results and link previews
 * show: every page names its manifest and carries one description of its own; each manifest parses
 * and its icons answer at the sizes it claims.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstallableAppTests {

    @Autowired
    RestTestClient client;

    private AppPages app;

    @BeforeAll
    void saveRoutines() {
        app = AppPages.saveRoutines(client);
    }

    Stream<AppPages.Page> pages() {
        return app.pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageHasOneDescriptionTheManifestAndTheIcons(AppPages.Page page) {
        Document html = html(page.path(), page.status());

        Elements descriptions = html.select("head meta[name=description]");
        assertThat(descriptions).as("one description").hasSize(1);
        assertThat(descriptions.attr("content")).as("a description of some length").hasSizeGreaterThan(20);
        assertThat(html.select("head link[rel=manifest]").eachAttr("href")).containsExactly("/manifest-en.webmanifest");
        assertThat(html.select("head meta[name=theme-color]").eachAttr("content")).containsExactly("#1d5e63");
        assertThat(html.select("head link[rel=icon]").eachAttr("href")).containsExactly("/favicon.ico", "/icon.svg");
    }

    @Test
    void pagesDescribeThemselvesDifferently() {
        List<String> descriptions = new ArrayList<>();
        for (String path : List.of("/", "/techniques", "/techniques/flat-back-90-90", "/conditions", "/routines/new")) {
            descriptions.add(html(path, 200).select("meta[name=description]").attr("content"));
        }
        assertThat(descriptions).doesNotHaveDuplicates();
    }

    @Test
    void aPageInSpanishNamesTheSpanishManifest() {
        EntityExchangeResult<String> page = client.get().uri("/techniques").accept(MediaType.TEXT_HTML)
            .header("Accept-Language", "es-ES").exchange().returnResult(String.class);
        Document html = Jsoup.parse(page.getResponseBody());

        assertThat(html.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest-es.webmanifest");
        assertThat(html.select("meta[name=description]").attr("content")).startsWith("Explora técnicas");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void eachManifestParsesAndItsIconsAnswerAtTheirSizes(String language) throws IOException {
        EntityExchangeResult<byte[]> response = get("/manifest-" + language + ".webmanifest", MediaType.ALL, 200);
        assertThat(response.getResponseHeaders().getContentType()).hasToString("application/manifest+json");
        JsonNode manifest = JsonMapper.builder().build().readTree(response.getResponseBody());

        assertThat(manifest.get("lang").asString()).isEqualTo(language);
        assertThat(manifest.get("id").asString()).isEqualTo("./");
        assertThat(manifest.get("start_url").asString()).isEqualTo("./");
        assertThat(manifest.get("scope").asString()).isEqualTo("./");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("short_name").asString()).isEqualTo("Unknot");
        assertThat(manifest.get("name").asString()).startsWith("Unknot: ");
        assertThat(manifest.get("description").asString()).hasSizeGreaterThan(40);
        assertThat(manifest.get("theme_color").asString()).isEqualTo("#1d5e63");
        assertThat(manifest.get("background_color").asString()).isEqualTo("#fbfaf7");

        List<String> purposes = new ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            String sizes = icon.get("sizes").asString();
            EntityExchangeResult<byte[]> image = get("/" + icon.get("src").asString(), MediaType.ALL, 200);
            assertThat(image.getResponseHeaders().getContentType()).hasToString(icon.get("type").asString());
            if (!sizes.equals("any")) {
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.getResponseBody()));
                assertThat(png.getWidth() + "x" + png.getHeight()).as(icon.get("src").asString()).isEqualTo(sizes);
            }
            purposes.add(sizes + " " + icon.get("purpose").asString());
        }
        assertThat(purposes).contains("192x192 any", "512x512 any", "512x512 maskable");
    }

    @Test
    void theMaskableIconFillsItsSquareAndTheRoundedOneLeavesItsCornersClear() throws IOException {
        BufferedImage maskable = png("/icons/maskable-512.png");
        BufferedImage rounded = png("/icons/icon-512.png");

        assertThat(maskable.getRGB(0, 0) >>> 24).as("maskable corner opaque").isEqualTo(255);
        assertThat(rounded.getRGB(0, 0) >>> 24).as("rounded corner transparent").isZero();
        assertThat(png("/apple-touch-icon.png").getWidth()).isEqualTo(180);
    }

    @Test
    void theFaviconIsAnIconFileAtThreeSizes() {
        EntityExchangeResult<byte[]> response = get("/favicon.ico", MediaType.ALL, 200);
        assertThat(response.getResponseHeaders().getContentType()).hasToString("image/x-icon");
        assertThat(response.getResponseHeaders().getCacheControl()).contains("max-age=86400");
        ByteBuffer ico = ByteBuffer.wrap(response.getResponseBody()).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ico.getShort(2)).as("an icon").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).as("images").isEqualTo((short) 3);
        assertThat(List.of(ico.get(6), ico.get(22), ico.get(38))).containsExactly((byte) 16, (byte) 32, (byte) 48);
    }

    @Test
    void theSvgIconIsOneDrawing() {
        EntityExchangeResult<String> response = client.get().uri("/icon.svg").exchange().returnResult(String.class);
        assertThat(response.getResponseHeaders().getContentType()).hasToString("image/svg+xml");
        assertThat(response.getResponseBody()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<path d=\"M");
    }

    @Test
    void aLanguageUnknotDoesNotSpeakHasNoManifest() {
        assertThat(get("/manifest-fr.webmanifest", MediaType.ALL, 404).getStatus().value()).isEqualTo(404);
    }

    private Document html(String path, int status) {
        return Jsoup.parse(new String(get(path, MediaType.TEXT_HTML, status).getResponseBody(), StandardCharsets.UTF_8));
    }

    private BufferedImage png(String path) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(get(path, MediaType.ALL, 200).getResponseBody()));
    }

    private EntityExchangeResult<byte[]> get(String path, MediaType accept, int status) {
        EntityExchangeResult<byte[]> response = client.get().uri(path).accept(accept).exchange().returnResult(byte[].class);
        assertThat(response.getStatus().value()).as(path).isEqualTo(status);
        return response;
    }
}
