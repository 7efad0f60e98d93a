package app.unknot.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How search compares words, on one made-up technique. */
class SearchWordsTests {

    private static final SearchWords ENGLISH = SearchWords.of("en", List.of());

    private static final List<String> TECHNIQUE = List.of("Rolling the foot over a ball", "Roll the IT-band slowly.",
        "Feet", "Calves", "Tennis ball", "plantar fasciitis", "runners knee", "stress");

    @ParameterizedTest(name = "\"{0}\" finds it: {1}")
    @CsvSource(delimiter = '|', value = {
        "ball              | true",
        "BALLS             | true",
        "feet              | true",
        "foot              | true",
        "calf              | true",
        "calves            | true",
        "it band           | true",
        "IT-band           | true",
        "plantar           | true",
        "fasciitis plantar | true",
        "plan              | true",
        "runner's knees    | true",
        "stress            | true",
        "my sore feet      | true",
        "pain in the foot  | true",
        "roll              | true",
        "rol               | true",
        "ro                | false",
        "it                | true",
        "i                 | false",
        "%                 | false",
        "sore              | false",
        "ball neck         | false",
        "elbow             | false",
        "knot              | false"})
    void findsByWholeWordsAndTheirStarts(String search, boolean found) {
        assertThat(ENGLISH.query(search).finds(ENGLISH.index(TECHNIQUE))).isEqualTo(found);
    }

    private static final List<String> SPANISH_TECHNIQUE = List.of("Automasaje de cuello", "Círculos por la nuca y los hombros.",
        "Cuello", "Rodillo de espuma", "mandíbula");

    private static final List<String> GERMAN_TECHNIQUE = List.of("Nacken-Selbstmassage", "Kreise am unteren Rücken.",
        "Unterer Rücken", "Faszienrolle", "Schultern");

    /** Another technique in the same catalog, whose words German compounds may be split into too. */
    private static final List<String> GERMAN_OTHER = List.of("Schmerzen im Kiefer", "Verspannung mit der Rolle lösen");

    @ParameterizedTest(name = "{0}: \"{1}\" finds it: {2}")
    @CsvSource(delimiter = '|', value = {
        "es | nuca               | true",
        "es | cuellos            | true",
        "es | hombro             | true",
        "es | Hombros            | true",
        "es | mandibula          | true",
        "es | MANDÍBULAS         | true",
        "es | dolor de cuello    | true",
        "es | me duele la nuca   | true",
        "es | dolor              | false",
        "es | dolor de espalda   | false",
        "es | rodilla            | false",
        "es | rodillos           | true",
        "es | circ               | true",
        "de | Rückenschmerzen    | true",
        "de | Rueckenschmerzen   | true",
        "de | ruckenschmerzen    | true",
        "de | Nackenverspannung  | true",
        "de | Schulter           | true",
        "de | Schultern          | true",
        "de | Faszienrollen      | true",
        "de | Rolle              | true",
        "de | Rücken Schmerzen   | true",
        "de | Kieferschmerzen    | false",
        "de | Schmerzen          | false",
        "de | Schu               | true",
        "de | Knie               | false"})
    void findsInEachLanguageWithoutAccentsPluralsOrCompounds(String language, String search, boolean found) {
        List<String> technique = language.equals("es") ? SPANISH_TECHNIQUE : GERMAN_TECHNIQUE;
        var words = SearchWords.of(language, language.equals("es") ? technique
            : Stream.concat(technique.stream(), GERMAN_OTHER.stream()).toList());
        assertThat(words.query(search).finds(words.index(technique))).isEqualTo(found);
    }
}
