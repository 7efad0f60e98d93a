package app.unknot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.store.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/** Every text people read, the messages and the catalog's content, is in British English. */
@DataJpaTest
@Import(CatalogLoader.class)
class OneEnglishTests {

    /** American spellings and words this kind of text tends to use, as whole words. */
    private static final Pattern AMERICAN = Pattern.compile("(?i)\\b(toward|color\\w*|center\\w*|favor\\w*|gray|"
        + "\\w+iz(e|es|ed|ing|ation)|pediatric\\w*|hemophilia|tumor\\w*|anemi\\w*|edema|estrogen|diarrhea|orthoped\\w*|"
        + "urgent care|emergency room|pajamas|cell phone|mom|pacifier|diaper\\w*)\\b");

    @Autowired
    Catalog catalog;

    @Test
    void theFinderKnowsAmericanSpellings() {
        assertThat(american("Roll toward the heart, the color of the center, a tumor.")).hasSize(4);
        assertThat(american("Roll towards the heart; haemophilia; size; realise.")).isEmpty();
    }

    @Test
    void theMessagesAreBritish() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/messages.properties")) {
            messages.load(in);
        }
        List<String> found = new ArrayList<>();
        messages.forEach((key, text) -> american((String) text).forEach(word -> found.add(key + ": " + word)));
        assertThat(found).isEmpty();
    }

    @Test
    void theCatalogIsBritish() {
        Stream<String> texts = Stream.of(
            catalog.techniques().stream().flatMap(t -> Stream.of(Stream.of(t.name(), t.summary()), t.instructionTexts().stream(),
                t.cautions().stream()).flatMap(s -> s)),
            catalog.areas().stream().flatMap(a -> Stream.of(a.name(), a.description())),
            catalog.tools().stream().flatMap(t -> Stream.of(t.name(), t.description())),
            catalog.conditions().stream().flatMap(c -> Stream.of(c.name(), c.summary(), c.advice())),
            catalog.redFlags().stream().flatMap(f -> Stream.of(f.name(), f.description()))).flatMap(s -> s);

        assertThat(texts.filter(text -> !american(text).isEmpty())).isEmpty();
    }

    private static List<String> american(String text) {
        return AMERICAN.matcher(text).results().map(match -> match.group()).filter(word -> !word.equalsIgnoreCase("size")
            && !word.toLowerCase().startsWith("seiz")).toList();
    }
}
