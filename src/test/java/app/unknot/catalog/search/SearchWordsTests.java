package app.unknot.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
