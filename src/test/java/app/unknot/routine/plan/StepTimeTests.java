package app.unknot.routine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Technique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepTimeTests {

    @ParameterizedTest(name = "{0} s on {1} side(s), at most {2} s: typical {3}, shortest {4}, longest {5}")
    @CsvSource({
        "60,   1, 120,  60,   30,  120",
        "90,   1, 120,  90,   45,  120",
        "100,  1, 200,  105,  60,  195",
        "20,   1, 40,   30,   30,  30",
        "15,   1, 30,   30,   30,  30",
        "45,   2, 90,   60,   30,  90",
        "90,   2, 120,  90,   60,  120",
        "120,  2, 240,  120,  60,  240",
        "150,  2, 180,  150,  90,  180",
        "1200, 2, 1200, 1200, 600, 1200",
    })
    void stepTimesAreWholeGrainsFromHalfTheTypicalTimeToTheTechniquesLongest(int seconds, int sides, int longestSeconds,
                                                                             int typical, int shortest, int longest) {
        var builder = CatalogFixture.massage("probe").areas("neck").seconds(seconds).longest(longestSeconds);
        Technique technique = sides == 2 ? builder.twoSided().build() : builder.build();

        assertThat(StepTime.typical(technique)).isEqualTo(typical);
        assertThat(StepTime.shortest(technique)).isEqualTo(shortest);
        assertThat(StepTime.longest(technique)).isEqualTo(longest);
        assertThat(StepTime.grain(technique)).isEqualTo(15 * sides);
    }
}
