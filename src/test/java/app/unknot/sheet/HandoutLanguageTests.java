package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
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
 * A therapist who reads the pages in English saves a version whose handout is in Spanish: its sheet
 * and PDF are Spanish for every reader, and their QR address opens the routine in Spanish, while the
 * therapist's own pages stay English. A version with no handout language prints in each reader's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class HandoutLanguageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOWER_BACK = """
        {"areas":["lower-back"], "minutes":15, "performer":"self", "painLevel":3}""";

    @Autowired
    RestTestClient client;

    @Test
    void aVersionWithASpanishHandoutPrintsInSpanishWhileTheTherapistsPagesStayEnglish() throws IOException {
        String first = created(post("/api/routines", LOWER_BACK)).get("id").asString();
        Document adjust = page("/routines/" + first + "/adjust", "en");
        assertThat(adjust.selectFirst("html").attr("lang")).startsWith("en");
        assertThat(adjust.select("select[name=handoutLanguage] option").eachText())
            .containsExactly("English", "Español", "Deutsch");
        assertThat(adjust.selectFirst("select[name=handoutLanguage] option[selected]").val())
            .as("the page's language by default").isEqualTo("en");

        var saved = client.post().uri("/routines/" + first + "/versions").header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form(adjust).replace("handoutLanguage=en", "handoutLanguage=es"))
            .exchange().returnResult(String.class);
        assertThat(saved.getStatus().value()).as(saved.getResponseBody()).isEqualTo(302);
        String location = saved.getResponseHeaders().getFirst("Location");
        String version = location.substring(location.lastIndexOf('/') + 1);

        Document sheet = page("/routines/" + version + "/sheet", "en");
        assertThat(sheet.selectFirst("html").attr("lang")).startsWith("es");
        assertThat(sheet.selectFirst(".sheet-brand").text()).isEqualTo("Hoja de rutina de Unknot");
        assertThat(sheet.selectFirst(".sheet-url a").attr("href")).endsWith("/routines/" + version + "?lang=es");
        try (PDDocument pdf = Loader.loadPDF(pdf("/routines/" + version + "/sheet.pdf", "en"))) {
            assertThat(PdfText.of(pdf)).contains("Tu rutina para:", "Pasos").doesNotContain("Steps");
            assertThat(PdfText.squeezed(pdf)).contains("/routines/" + version + "?lang=es");
        }

        Document versionPage = page("/routines/" + version, "en");
        assertThat(versionPage.selectFirst("html").attr("lang")).startsWith("en");
        assertThat(versionPage.selectFirst(".handout-language").text())
            .isEqualTo("The handout (sheet and PDF) prints in: Español");
        assertThat(page("/routines/" + version + "/adjust", "en").selectFirst("select[name=handoutLanguage] option[selected]")
            .val()).as("a version adjusted again keeps its handout's language").isEqualTo("es");
        assertThat(json(get("/api/routines/" + version, "application/json", "en")).get("handoutLanguage").asString())
            .isEqualTo("es");
    }

    @Test
    void theApiTakesAHandoutLanguageOrNoneAndRefusesOneUnknotDoesNotSpeak() {
        String first = created(post("/api/routines", LOWER_BACK)).get("id").asString();
        String steps = "\"steps\":[{\"technique\":\"cat-cow\",\"seconds\":60}]";

        JsonNode german = created(post("/api/routines/" + first + "/versions", "{" + steps + ", \"handoutLanguage\":\"de\"}"));
        assertThat(german.get("handoutLanguage").asString()).isEqualTo("de");
        assertThat(page("/routines/" + german.get("id").asString() + "/sheet", "es").selectFirst("html").attr("lang"))
            .startsWith("de");

        JsonNode none = created(post("/api/routines/" + first + "/versions", "{" + steps + "}"));
        assertThat(none.get("handoutLanguage").isNull()).isTrue();
        for (String reader : new String[] {"en", "es", "de"}) {
            assertThat(page("/routines/" + none.get("id").asString() + "/sheet", reader).selectFirst("html").attr("lang"))
                .as("no handout language: the reader's").startsWith(reader);
        }
        assertThat(page("/routines/" + none.get("id").asString(), "en").select(".handout-language")).isEmpty();

        for (String wrong : new String[] {"\"fr\"", "\"ES\"", "\"es-MX\"", "3"}) {
            var refused = post("/api/routines/" + first + "/versions", "{" + steps + ", \"handoutLanguage\":" + wrong + "}");
            assertThat(refused.getStatus().value()).as(wrong + ": " + refused.getResponseBody()).isEqualTo(400);
            assertThat(json(refused).get("parameter").asString()).as(wrong).isEqualTo("handoutLanguage");
        }
    }

    /** The form as the page would post it: every named field, with its current value. */
    private static String form(Document page) {
        Element form = page.selectFirst("form.adjust-form");
        return form.select("input[name], textarea[name], select[name]").stream()
            .filter(field -> !field.attr("type").equals("checkbox") || field.hasAttr("checked"))
            .map(field -> encode(field.attr("name")) + "=" + encode(value(field)))
            .collect(Collectors.joining("&"));
    }

    private static String value(Element field) {
        if (field.tagName().equals("textarea")) {
            return field.text();
        }
        if (field.tagName().equals("select")) {
            Element selected = field.selectFirst("option[selected]");
            return selected != null ? selected.val() : field.selectFirst("option").val();
        }
        return field.val();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Document page(String path, String language) {
        var answer = get(path, "text/html", language);
        assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.getResponseBody());
    }

    private byte[] pdf(String path, String language) {
        var answer = client.get().uri(path).header("Accept-Language", language).exchange().returnResult(byte[].class);
        assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
        return answer.getResponseBody();
    }

    private EntityExchangeResult<String> get(String path, String accept, String language) {
        return client.get().uri(path).header("Accept", accept).header("Accept-Language", language).exchange()
            .returnResult(String.class);
    }

    private EntityExchangeResult<String> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).exchange().returnResult(String.class);
    }

    private static JsonNode created(EntityExchangeResult<String> answer) {
        assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(201);
        return json(answer);
    }

    private static JsonNode json(EntityExchangeResult<String> answer) {
        return JSON.readTree(answer.getResponseBody());
    }
}
