package app.unknot.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Technique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepTimeTests {

    @ParameterizedTest(name = "{0} s on {1} side(s): typical {2}, shortest {3}, longest {4}")
    @CsvSource({
        "60,   1, 60,   30,  120",
        "90,   1, 90,   45,  180",
        "100,  1, 105,  60,  210",
        "20,   1, 30,   30,  60",
        "15,   1, 30,   30,  60",
        "45,   2, 60,   30,  120",
        "60,   2, 60,   30,  120",
        "90,   2, 90,   60,  180",
        "120,  2, 120,  60,  240",
        "1200, 2, 1200, 600, 2400",
    })
    void stepTimesAreWholeGrainsBetweenHalfAndTwiceTheTypicalTime(int seconds, int sides, int typical, int shortest, int longest) {
        Technique card = CatalogFixture.massage("probe").areas("neck").seconds(seconds).build();
        Technique sided = sides == 2 ? CatalogFixture.massage("probe").areas("neck").seconds(seconds).twoSided().build() : card;

        assertThat(StepTime.typical(sided)).isEqualTo(typical);
        assertThat(StepTime.shortest(sided)).isEqualTo(shortest);
        assertThat(StepTime.longest(sided)).isEqualTo(longest);
        assertThat(StepTime.grain(sided)).isEqualTo(15 * sides);
    }
}
