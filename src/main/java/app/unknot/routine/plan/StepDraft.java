package app.unknot.routine.plan;

import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;

/** A step while {@link StepSelection} plans it: its time changes as the routine is fitted into the budget. */
final class StepDraft {

    final Technique technique;
    final Phase phase;
    int seconds;

    StepDraft(Technique technique, Phase phase) {
        this.technique = technique;
        this.phase = phase;
        this.seconds = StepTime.typical(technique);
    }

    /** How much shorter it may still get. */
    int slack() {
        return seconds - StepTime.shortest(technique);
    }
}
