package app.unknot.routine;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import java.util.List;

/**
 * A {@link RoutineView} as {@code POST /api/routines} and {@code GET /api/routines/{id}} answer it:
 * slugs for names. {@code leaveOut} numbers the steps a safety rule added since leaves out, and
 * such a step's own {@code leaveOut} says which rule and why. A therapist's version names the
 * routine it was {@code adjustedFrom} and carries the handout's parts; each is null when not given
 * ({@code handoutLanguage}, the code of the language its sheet prints in, null for each reader's).
 */
public record RoutineJson(String id, PlanStatus status, Urgency urgency, int totalSeconds, List<Integer> leaveOut,
                          List<StepJson> steps, List<ExclusionJson> excluded, List<String> advice,
                          List<String> redFlags, String madeFrom, String adjustedFrom, String notes,
                          FrequencyJson frequency, String clientInitials, String preparedBy, String handoutLanguage) {

    record StepJson(int order, Phase phase, String technique, String name, TechniqueKind kind, Performer performer,
                    List<String> areas, List<String> tools, Pressure pressure, Posture posture, int seconds, int sides,
                    List<String> instructions, List<String> cautions, String reason, RuleJson leaveOut, String note) {

        static StepJson of(StepView step) {
            var t = step.technique();
            return new StepJson(step.order(), step.phase(), t.slug(), t.name(), t.kind(), step.performer(), step.areas(),
                t.toolSlugs(), t.pressure(), t.posture(), step.seconds(), t.sides(), t.instructionTexts(), t.cautions(),
                step.reason(), step.leaveOut() == null ? null : new RuleJson(step.leaveOut().rule(), step.leaveOut().reason()),
                step.note());
        }
    }

    record ExclusionJson(String technique, String name, String rule, String reason) {
    }

    record RuleJson(String rule, String reason) {
    }

    record FrequencyJson(int times, String per, int weeks) {
    }

    public static RoutineJson of(RoutineView view) {
        return new RoutineJson(view.id(), view.status(), view.urgency(), view.totalSeconds(), view.leaveOut(),
            view.steps().stream().map(StepJson::of).toList(),
            view.excluded().stream().map(e -> new ExclusionJson(e.technique(), e.name(), e.rule(), e.reason())).toList(),
            view.advice(), view.redFlags().stream().map(RedFlag::slug).toList(), view.madeFrom(), view.adjustedFrom(),
            view.handout().notes(), frequency(view.handout().frequency()), view.handout().clientInitials(),
            view.handout().preparedBy(), view.handout().language());
    }

    private static FrequencyJson frequency(Frequency frequency) {
        return frequency == null ? null : new FrequencyJson(frequency.times(), frequency.per().slug(), frequency.weeks());
    }
}
