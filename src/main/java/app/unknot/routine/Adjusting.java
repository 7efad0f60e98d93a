package app.unknot.routine;

import app.unknot.catalog.Technique;
import java.util.List;

/**
 * A routine as the adjust page shows it, with every technique that fits its areas, tools and
 * performer: those this person's answers rule out carry the rule and are never offered.
 */
public record Adjusting(RoutineView routine, List<Choice> choices) {

    /** @param ruledOut the rule that rules it out for this person, or null when it may be added */
    public record Choice(Technique technique, ExclusionView ruledOut) {

        public boolean addable() {
            return ruledOut == null;
        }
    }
}
