package app.unknot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language's messages beside the English (after spring-petclinic's I18nPropertiesSyncTest):
 * exactly the same keys, the same placeholders in each, each a valid message with its apostrophes
 * doubled, and no sentence left in English.
 */
class TranslatedMessagesTests {

    private static final Properties ENGLISH = read("messages/messages.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "de"})
    void hasEveryKeyAndNoOther(String language) {
        Properties translated = read("messages/messages_" + language + ".properties");
        assertThat(translated.stringPropertyNames()).as("keys of messages_%s", language)
            .containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "de"})
    void eachMessageHasTheEnglishPlaceholdersAndReads(String language) {
        Properties translated = read("messages/messages_" + language + ".properties");
        for (String key : ENGLISH.stringPropertyNames()) {
            String text = translated.getProperty(key, "");
            assertThat(placeholders(text)).as("%s in messages_%s", key, language).isEqualTo(placeholders(ENGLISH.getProperty(key)));
            assertThatCode(() -> new MessageFormat(text, Locale.forLanguageTag(language))).as(key).doesNotThrowAnyException();
        }
    }

    /** Every message goes through MessageFormat, where a lone apostrophe vanishes and quotes the rest. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "_es", "_de"})
    void everyApostropheIsWrittenTwice(String suffix) {
        Properties messages = read("messages/messages" + suffix + ".properties");
        assertThat(messages.stringPropertyNames()).as("messages%s with a lone apostrophe", suffix)
            .filteredOn(key -> LONE_APOSTROPHE.matcher(messages.getProperty(key)).find()).isEmpty();
    }

    /** A word or two may be the same in both ("Filter", "Start"); a sentence the same is one not translated. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"es", "de"})
    void noSentenceIsLeftInEnglish(String language) {
        Properties translated = read("messages/messages_" + language + ".properties");
        assertThat(ENGLISH.stringPropertyNames()).filteredOn(key -> words(ENGLISH.getProperty(key)) > 2)
            .as("messages_%s the same as the English", language)
            .noneMatch(key -> ENGLISH.getProperty(key).equals(translated.getProperty(key)));
    }

    /** Words outside the placeholders and formats ({@code {0,choice,...}} is not words to translate). */
    private static int words(String text) {
        String outside = text;
        while (outside.contains("{")) {
            String shorter = outside.replaceAll("\\{[^{}]*}", "");
            if (shorter.equals(outside)) {
                break;
            }
            outside = shorter;
        }
        return outside.isBlank() ? 0 : outside.strip().split("\\s+").length;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties read(String resource) {
        try (InputStream in = TranslatedMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
