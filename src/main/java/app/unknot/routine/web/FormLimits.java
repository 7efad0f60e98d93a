package app.unknot.routine.web;

import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.Screening;

/** The builder form's number limits, for the page to show: each is defined once, where it is enforced. */
public record FormLimits(int minMinutes, int maxMinutes, int maxPainLevel, int maxPainWeeks) {

    static final FormLimits INSTANCE = new FormLimits(RoutineRequest.MIN_MINUTES, RoutineRequest.MAX_MINUTES,
        Screening.MAX_PAIN_LEVEL, Screening.MAX_PAIN_WEEKS);
}
