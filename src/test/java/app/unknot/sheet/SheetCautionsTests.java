package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.routine.RoutineFixtures;
import app.unknot.routine.StepView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetCautionsTests {

    private static final String STOP = "Stop and get medical help if your pain is getting worse.";

    @Test
    void aCautionOfSeveralTechniquesIsPrintedOnceForEveryStep() {
        SheetCautions cautions = SheetCautions.of(steps(List.of("Stroke beside the spine.", STOP),
            List.of(STOP, "Keep the ball off the bones."), List.of("Go gently.", STOP)));

        assertThat(cautions.shared()).containsExactly(STOP);
        assertThat(cautions.own("t1")).containsExactly("Stroke beside the spine.");
        assertThat(cautions.own("t2")).containsExactly("Keep the ball off the bones.");
        assertThat(cautions.own("t3")).containsExactly("Go gently.");
    }

    @Test
    void aTechniqueRepeatedInTheRoutineDoesNotMakeItsCautionsShared() {
        List<StepView> steps = new ArrayList<>(steps(List.of("Keep it light.")));
        steps.add(steps.get(0));

        SheetCautions cautions = SheetCautions.of(steps);

        assertThat(cautions.shared()).isEmpty();
        assertThat(cautions.own("t1")).containsExactly("Keep it light.");
    }

    @Test
    void keepsEveryCautionOfTheFixtureWhereItBelongs() {
        SheetCautions cautions = SheetCautions.of(RoutineFixtures.lowerBack().steps());

        assertThat(cautions.shared()).isEmpty();
        assertThat(cautions.own("tennis-ball-back")).hasSize(2);
        assertThat(cautions.own("supine-twist")).isEmpty();
    }

    /** One step per list of cautions, with techniques t1, t2, ... */
    @SafeVarargs
    private static List<StepView> steps(List<String>... cautions) {
        StepView template = RoutineFixtures.lowerBack().steps().get(0);
        List<StepView> steps = new ArrayList<>();
        for (List<String> own : cautions) {
            steps.add(RoutineFixtures.withCautions(template, "t" + (steps.size() + 1), own));
        }
        return steps;
    }
}
