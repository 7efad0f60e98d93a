package app.unknot.routine.plan;

import static app.unknot.catalog.CatalogFixture.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.Performer;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RoutineRequestTests {

    private static RoutineRequest request(List<String> areas, int minutes, Performer performer, int pain, int weeks) {
        return new RoutineRequest(areas, Set.of(), minutes, performer, new SafetyAnswers(Set.of(), Set.of(), Set.of(), pain, weeks, false));
    }

    private static RoutineRequest request(int minutes, int pain, int weeks) {
        return request(List.of("neck"), minutes, Performer.SELF, pain, weeks);
    }

    @ParameterizedTest(name = "{0} min, pain {1}/10 for {2} weeks is accepted")
    @CsvSource({"5, 0, 0", "60, 10, 520", "15, 6, 6", "30, 7, 7"})
    void valuesAtTheEdgesOfTheirRangesAreAccepted(int minutes, int pain, int weeks) {
        RoutineRequest request = request(minutes, pain, weeks);

        assertThat(request.budgetSeconds()).isEqualTo(minutes * 60);
    }

    @ParameterizedTest(name = "{0} min, pain {1}/10 for {2} weeks is refused naming {3}")
    @CsvSource({
        "4,  0,  0,   minutes",
        "61, 0,  0,   minutes",
        "0,  0,  0,   minutes",
        "15, -1, 0,   pain level",
        "15, 11, 0,   pain level",
        "15, 0,  -1,  pain weeks",
        "15, 0,  521, pain weeks",
    })
    void valuesOutOfRangeAreRefusedNamingTheField(int minutes, int pain, int weeks, String field) {
        assertThatIllegalArgumentException().isThrownBy(() -> request(minutes, pain, weeks))
            .withMessageStartingWith(field + " must be between");
    }

    @ParameterizedTest(name = "performer {0} is refused")
    @CsvSource({"ANY", "''"})
    void onlySelfOrPartnerMayPerform(String performer) {
        Performer chosen = performer.isEmpty() ? null : Performer.valueOf(performer);

        assertThatIllegalArgumentException().isThrownBy(() -> request(List.of("neck"), 15, chosen, 0, 0))
            .withMessageContaining("self or partner");
    }

    static Stream<List<String>> badAreas() {
        return Stream.of(List.of(), List.of("neck", "neck"), List.of("neck", " "));
    }

    @ParameterizedTest(name = "areas {0} are refused")
    @MethodSource("badAreas")
    void areasMustBeOneOrMoreDistinctSlugs(List<String> areas) {
        assertThatIllegalArgumentException().isThrownBy(() -> request(areas, 15, Performer.SELF, 0, 0))
            .withMessageContaining("areas");
    }

    @Test
    void missingAreasAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> request(null, 15, Performer.SELF, 0, 0))
            .withMessageContaining("areas");
    }

    @Test
    void theAreasKeepTheirOrderTheFirstBeingTheMainOne() {
        RoutineRequest request = request(List.of("feet", "neck", "calves"), 15, Performer.PARTNER, 0, 0);

        assertThat(request.areas()).containsExactly("feet", "neck", "calves");
    }

    @Test
    void missingSetsCountAsEmpty() {
        RoutineRequest request = new RoutineRequest(List.of("neck"), null, 15, Performer.SELF, new SafetyAnswers(null, null, null, 0, 0, false));

        assertThat(request.tools()).isEmpty();
        assertThat(request.screening().conditions()).isEmpty();
        assertThat(request.screening().affectedAreas()).isEmpty();
        assertThat(request.screening().redFlags()).isEmpty();
    }

    @Test
    void theRequestKeepsItsOwnCopiesOfWhatItWasGiven() {
        List<String> areas = new ArrayList<>(List.of("neck"));
        Set<String> tools = new HashSet<>(Set.of("lotion"));
        RoutineRequest request = new RoutineRequest(areas, tools, 15, Performer.SELF, new SafetyAnswers(Set.of(), Set.of(), Set.of(), 0, 0, false));

        areas.add("feet");
        tools.add("massage-gun");

        assertThat(request.areas()).containsExactly("neck");
        assertThat(request.tools()).containsExactly("lotion");
        assertThatThrownBy(() -> request.areas().add("head")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBlankSlugInASetIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoutineRequest(List.of("neck"), Set.of(" "), 15,
            Performer.SELF, new SafetyAnswers(Set.of(), Set.of(), Set.of(), 0, 0, false))).withMessageContaining("tools");
    }

    @Nested
    class RequestChecks {

        @Test
        void aRequestOfKnownSlugsHasNoUnknownSlugs() {
            assertThat(RequestFixture.request("neck", "feet").allTools().conditions("burn").affected("feet")
                .redFlags("fever").build().unknownSlugs(CATALOG)).isEmpty();
        }

        @Test
        void unknownSlugsAreListedSortedUnderTheFieldThatNamedThem() {
            RoutineRequest request = RequestFixture.request("neck", "elbow", "wrist").tools("lotion", "kettlebell").conditions("flu", "dvt")
                .affected("knee").redFlags("sneezing").build();

            assertThat(request.unknownSlugs(CATALOG)).containsExactly(
                Map.entry("areas", List.of("elbow", "wrist")),
                Map.entry("tools", List.of("kettlebell")),
                Map.entry("conditions", List.of("flu")),
                Map.entry("affectedAreas", List.of("knee")),
                Map.entry("redFlags", List.of("sneezing")));
        }

        @Test
        void localConditionsWithoutAffectedAreasAreNamedInCatalogOrder() {
            assertThat(RequestFixture.request("neck").conditions("healing-wound", "dvt", "fracture").build().screening()
                .localConditionsMissingAreas(CATALOG)).containsExactly("fracture", "healing-wound");
            assertThat(RequestFixture.request("neck").conditions("fracture").affected("feet").build().screening()
                .localConditionsMissingAreas(CATALOG)).isEmpty();
            assertThat(RequestFixture.request("neck").conditions("dvt").build().screening().localConditionsMissingAreas(CATALOG)).isEmpty();
        }

        @Test
        void problemsNameTheFieldsInFormOrderAndNeverTheSlugs() {
            RoutineRequest request = RequestFixture.request("neck", "elbow").tools("kettlebell").conditions("fracture").build();

            assertThat(request.problems(CATALOG)).containsExactly(
                new RequestProblem("areas", RequestProblem.UNKNOWN),
                new RequestProblem("tools", RequestProblem.UNKNOWN),
                new RequestProblem("affectedAreas", RequestProblem.AREAS_NEEDED));
        }
    }
}
