package app.unknot.routine.plan;

import static app.unknot.system.Checks.requireValue;

import app.unknot.system.Checks;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Urgency;
import app.unknot.routine.PlanStatus;
import app.unknot.safety.Exclusion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The routine built for one request, or the reason there is none.
 *
 * <p>A {@code STOP} plan carries only the red flags raised (most urgent first) and their most
 * urgent urgency. Any other plan carries the steps in the order they are followed, the techniques
 * ruled out for safety, and the advice to show. The builder orders steps by phase; a therapist may
 * order them as they see fit.
 */
public record RoutinePlan(
        PlanStatus status,
        Urgency urgency,
        List<RedFlag> redFlags,
        List<Step> steps,
        List<Exclusion> excluded,
        Set<Advice> advice) {

    public RoutinePlan {
        requireValue(status, "plan status");
        redFlags = List.copyOf(requireValue(redFlags, "red flags"));
        steps = List.copyOf(requireValue(steps, "steps"));
        excluded = List.copyOf(requireValue(excluded, "exclusions"));
        advice = Checks.enumSet(advice, Advice.class, "advice");
        if (status == PlanStatus.STOP) {
            requireStop(urgency, redFlags, steps, excluded, advice);
        } else if (urgency != null || !redFlags.isEmpty()) {
            throw new IllegalArgumentException("only a stop plan carries red flags");
        }
        requireRoutineOrder(steps);
    }

    /** The plan for red flags raised, most urgent first: it takes the first one's urgency. */
    static RoutinePlan stop(List<RedFlag> raised) {
        return new RoutinePlan(PlanStatus.STOP, raised.get(0).urgency(), raised, List.of(), List.of(), Set.of());
    }

    public int totalSeconds() {
        return steps.stream().mapToInt(Step::seconds).sum();
    }

    private static void requireStop(Urgency urgency, List<RedFlag> redFlags, List<Step> steps,
            List<Exclusion> excluded, Set<Advice> advice) {
        if (redFlags.isEmpty() || !steps.isEmpty() || !excluded.isEmpty() || !advice.isEmpty()) {
            throw new IllegalArgumentException("a stop plan carries red flags and nothing else");
        }
        Urgency mostUrgent = redFlags.stream().map(RedFlag::urgency).min(Urgency::compareTo).orElseThrow();
        if (urgency != mostUrgent) {
            throw new IllegalArgumentException("a stop plan's urgency is its most urgent flag's, " + mostUrgent);
        }
    }

    private static void requireRoutineOrder(List<Step> steps) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.order() != i + 1) {
                throw new IllegalArgumentException("steps are numbered 1.." + steps.size() + " in order");
            }
            if (!seen.add(step.technique().slug())) {
                throw new IllegalArgumentException(step.technique().slug() + " appears twice in one routine");
            }
        }
    }
}
