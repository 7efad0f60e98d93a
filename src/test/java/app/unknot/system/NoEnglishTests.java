package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Instruction;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A visitor whose browser asks for Spanish or German meets no English sentence on any page: every
 * page of the app is read in each language, and no English sentence of the messages or the catalog
 * (four words or more, what a person would read as English) may be in its text, its title, or its
 * pictures' and controls' text alternatives.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoEnglishTests {

    private static final int SENTENCE = 4;

    @Autowired
    RestTestClient client;

    @Autowired
    Catalog english;

    private AppPages app;
    private Set<String> englishSentences;

    @BeforeAll
    void saveRoutinesAndGatherTheEnglish() {
        app = AppPages.saveRoutines(client);
        englishSentences = new TreeSet<>();
        messages().forEach(this::addSentences);
        english.techniques().forEach(technique -> {
            addSentences(technique.name());
            addSentences(technique.summary());
            technique.instructions().stream().map(Instruction::text).forEach(this::addSentences);
            technique.cautions().forEach(this::addSentences);
        });
        english.areas().forEach(area -> Stream.of(area.name(), area.description(), area.whyWith()).forEach(this::addSentences));
        english.tools().forEach(tool -> Stream.of(tool.name(), tool.description()).forEach(this::addSentences));
        english.conditions().forEach(condition -> Stream.of(condition.name(), condition.summary(), condition.advice())
            .forEach(this::addSentences));
        english.restrictions().forEach(restriction -> addSentences(restriction.reason()));
        english.redFlags().forEach(flag -> Stream.of(flag.name(), flag.description(), flag.advice()).forEach(this::addSentences));
    }

    Stream<Arguments> pages() {
        return Stream.of("es", "de").flatMap(language -> app.pages().stream().map(page -> Arguments.of(language, page)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pages")
    void noEnglishSentence(String language, AppPages.Page page) {
        var answer = client.get().uri(page.path()).header("Accept", "text/html").header("Accept-Language", language)
            .exchange().returnResult(String.class);
        assertThat(answer.getStatus().value()).isEqualTo(page.status());
        Document html = Jsoup.parse(answer.getResponseBody());
        String read = String.join(" ", html.title(), html.body().text(), String.join(" ", html.select("[alt]").eachAttr("alt")),
            String.join(" ", html.select("[aria-label]").eachAttr("aria-label")), String.join(" ", html.select("[title]").eachAttr("title")))
            .replaceAll("\\s+", " ");

        assertThat(englishSentences).as("English on the %s page", language).filteredOn(read::contains).isEmpty();
    }

    /** The literal stretches of a text between its placeholders, where they are four words or more. */
    private void addSentences(String text) {
        if (text == null) {
            return;
        }
        for (String stretch : text.replace("''", "'").split("\\{[^}]*}|[.;:!?()]")) {
            String words = stretch.strip().replaceAll("\\s+", " ");
            if (words.split(" ").length >= SENTENCE) {
                englishSentences.add(words);
            }
        }
    }

    private static List<String> messages() {
        var properties = new Properties();
        try (var in = NoEnglishTests.class.getClassLoader().getResourceAsStream("messages/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> values = new ArrayList<>();
        properties.stringPropertyNames().forEach(key -> values.add(properties.getProperty(key)));
        return values.stream().filter(value -> !value.contains("choice,")).toList();
    }
}
