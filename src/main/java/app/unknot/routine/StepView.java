package app.unknot.routine;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import java.util.List;

/**
 * One step of a {@link RoutineView}: the technique with its instructions and cautions, what this
 * routine asks of it, and why, in words.
 *
 * @param areas the requested areas the step works, by slug
 * @param toolNames the technique's tools, by name
 */
public record StepView(int order, Phase phase, Technique technique, Performer performer, List<String> areas,
                       int seconds, String reason, List<String> toolNames) {

    public int secondsPerSide() {
        return seconds / technique.sides();
    }
}
