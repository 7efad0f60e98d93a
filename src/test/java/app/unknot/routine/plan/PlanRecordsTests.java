package app.unknot.routine.plan;

import static app.unknot.catalog.CatalogFixture.technique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Urgency;
import app.unknot.routine.PlanStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanRecordsTests {

    private static Step step(int order, Phase phase, String slug) {
        Technique card = technique(slug);
        return new Step(order, phase, card, Performer.SELF, StepTime.typical(card), StepReason.MASSAGE, List.of(card.areaSlugs().get(0)));
    }

    private static RoutinePlan plan(Step... steps) {
        return new RoutinePlan(PlanStatus.OK, null, List.of(), List.of(steps), List.of(), Set.of());
    }

    @ParameterizedTest(name = "{0} for {1} s is refused")
    @CsvSource({
        "neck-side-stretch, 45",
        "neck-side-stretch, 0",
        "chin-tuck,         20",
        "chin-tuck,         15",
    })
    void aStepTakesWholeGrainsOfAtLeastThirtySeconds(String slug, int seconds) {
        Technique card = technique(slug);

        assertThatIllegalArgumentException().isThrownBy(() -> new Step(1, Phase.STRETCH, card, Performer.SELF, seconds,
            StepReason.STRETCH, List.of("neck"))).withMessageContaining("multiple of");
    }

    @Test
    void aStepIsInOneOfItsTechniquesPhasesAndWorksItsAreas() {
        Technique cat = technique("cat-cow");

        assertThatIllegalArgumentException().isThrownBy(() -> new Step(1, Phase.COOL_DOWN, cat, Performer.SELF, 60,
            StepReason.COOL_DOWN, List.of("neck")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Step(1, Phase.STRETCH, cat, Performer.SELF, 60,
            StepReason.STRETCH, List.of("feet")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Step(1, Phase.STRETCH, cat, Performer.ANY, 60,
            StepReason.STRETCH, List.of("neck")));
    }

    @Test
    void stepsAreNumberedInOrderWithoutRepeats() {
        assertThat(plan(step(1, Phase.WARM_UP, "self-effleurage"), step(2, Phase.MASSAGE, "self-neck-massage")).totalSeconds())
            .isEqualTo(180);
        assertThatIllegalArgumentException().isThrownBy(() -> plan(step(2, Phase.MASSAGE, "self-neck-massage")))
            .withMessageContaining("numbered");
        // A therapist may put a step before an earlier phase's; the builder never does (PlanInvariants).
        assertThat(plan(step(1, Phase.MASSAGE, "self-neck-massage"), step(2, Phase.WARM_UP, "self-effleurage")).steps())
            .hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> plan(step(1, Phase.WARM_UP, "self-effleurage"),
            step(2, Phase.COOL_DOWN, "self-effleurage"))).withMessageContaining("twice");
    }

    @Test
    void onlyAStopPlanCarriesRedFlagsAndItCarriesNothingElse() {
        RedFlag fever = new RedFlag("fever", "Fever", "Back pain with a fever.", "Get help.", Urgency.URGENT, List.of(), null, List.of("A public source"));

        assertThatIllegalArgumentException().isThrownBy(() -> new RoutinePlan(PlanStatus.OK, Urgency.URGENT, List.of(fever),
            List.of(), List.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoutinePlan(PlanStatus.STOP, Urgency.URGENT, List.of(),
            List.of(), List.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoutinePlan(PlanStatus.STOP, Urgency.EMERGENCY, List.of(fever),
            List.of(), List.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoutinePlan(PlanStatus.STOP, Urgency.URGENT, List.of(fever),
            List.of(), List.of(), Set.of(Advice.CONDITION)));
        assertThat(RoutinePlan.stop(List.of(fever)).urgency()).isEqualTo(Urgency.URGENT);
    }
}
