package app.unknot.routine.plan;

import static app.unknot.system.Checks.requireValue;
import static app.unknot.system.Checks.textList;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import java.util.List;

/**
 * One step of a routine, as the builder plans it.
 *
 * @param order 1-based position in the routine
 * @param performer who does it in this routine: the requested performer for a massage, the person
 *     themselves for a stretch
 * @param seconds the whole step, both sides included
 * @param areas the requested areas this step works, in the request's order
 * @param note a therapist's note for this step, or null
 */
public record Step(
        int order,
        Phase phase,
        Technique technique,
        Performer performer,
        int seconds,
        StepReason reason,
        List<String> areas,
        String note) {

    public Step {
        requireValue(phase, "step phase");
        requireValue(technique, "step technique");
        requireValue(reason, "step reason");
        if (order < 1) {
            throw new IllegalArgumentException("step order starts at 1, was " + order);
        }
        if (!technique.phases().contains(phase)) {
            throw new IllegalArgumentException(technique.slug() + " has no " + phase.slug() + " phase");
        }
        if (performer != Performer.SELF && performer != Performer.PARTNER) {
            throw new IllegalArgumentException("a step is done by self or partner, was " + performer);
        }
        if (seconds < StepTime.SHORTEST_STEP_SECONDS || seconds % StepTime.grain(technique) != 0) {
            throw new IllegalArgumentException(technique.slug() + " step seconds must be at least "
                + StepTime.SHORTEST_STEP_SECONDS + " and a multiple of " + StepTime.grain(technique) + ", was " + seconds);
        }
        areas = textList(areas, "step areas");
        if (areas.isEmpty() || !technique.areaSlugs().containsAll(areas)) {
            throw new IllegalArgumentException(technique.slug() + " step must work some of its own areas, was " + areas);
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A step as the builder plans it: no one has written a note for it. */
    Step(int order, Phase phase, Technique technique, Performer performer, int seconds, StepReason reason,
         List<String> areas) {
        this(order, phase, technique, performer, seconds, reason, areas, null);
    }
}
