package app.unknot.routine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Performer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safety invariant over many generated requests: every single area, both performers, short and
 * long budgets, with and without tools, calm and severe pain, under each condition (and a few mixes).
 */
class SafetyPropertyTests {

    static Stream<List<String>> conditionSets() {
        Stream<List<String>> singles = CatalogFixture.CONDITIONS.stream().map(List::of);
        Stream<List<String>> mixes = Stream.of(List.of(), List.of("dvt", "blood-thinners"),
            List.of("pregnancy", "severe-osteoporosis"), List.of("cancer", "fracture", "severe-thrombocytopenia"),
            CatalogFixture.CONDITIONS);
        return Stream.concat(singles, mixes);
    }

    @ParameterizedTest(name = "conditions {0}")
    @MethodSource("conditionSets")
    void noStepEverMatchesARestrictionThatApplies(List<String> conditions) {
        RoutineBuilder builder = RequestFixture.builder();
        int plans = 0;
        for (String area : CatalogFixture.AREAS) {
            for (Performer performer : List.of(Performer.SELF, Performer.PARTNER)) {
                for (int minutes : List.of(5, 60)) {
                    for (boolean tools : List.of(false, true)) {
                        for (int pain : List.of(0, 8)) {
                            for (boolean cleared : conditions.contains("cancer") ? List.of(false, true) : List.of(false)) {
                                RequestFixture.RequestBuilder request = RequestFixture.request(area).by(performer).minutes(minutes)
                                    .conditions(conditions.toArray(String[]::new)).affected("calves", "neck").pain(pain, 0);
                                RoutineRequest built = (tools ? request.allTools() : request).build();
                                RoutineRequest asked = cleared ? request.cleared().build() : built;
                                RoutinePlan plan = builder.build(asked);

                                PlanInvariants.assertSafe(plan, asked);
                                PlanInvariants.assertNothingSilentlyDropped(plan, asked);
                                PlanInvariants.assertWellFormed(plan, asked);
                                plans++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(plans).isGreaterThanOrEqualTo(224);
    }
}
