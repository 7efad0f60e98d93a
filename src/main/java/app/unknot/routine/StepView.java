package app.unknot.routine;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import java.util.Comparator;
import java.util.List;

/**
 * One step of a {@link RoutineView}: the technique as the routine was built with it, what this
 * routine asks of it, and why, in words.
 *
 * @param areas every area the technique works, by slug: the requested ones first, in request order
 * @param toolNames the technique's tools, by name
 * @param leaveOut the rule that would leave this step out today, when one was added since the
 *     routine was built; null while the step is still safe
 * @param note a therapist's note for this step, or null
 */
public record StepView(int order, Phase phase, Technique technique, Performer performer, List<String> areas,
                       int seconds, String reason, List<String> toolNames, ExclusionView leaveOut,
                       String note) {

    public int secondsPerSide() {
        return seconds / technique.sides();
    }

    /** The areas by name, in the order of {@link #areas}. */
    public List<String> areaNames() {
        return technique.areas().stream().sorted(Comparator.comparingInt(area -> areas.indexOf(area.slug())))
            .map(BodyArea::name).toList();
    }

    /** Whether the walkthrough follows it: not when a rule added since leaves it out. */
    public boolean followed() {
        return leaveOut == null;
    }
}
