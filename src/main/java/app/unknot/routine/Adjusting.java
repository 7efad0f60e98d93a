package app.unknot.routine;

import app.unknot.catalog.Technique;
import app.unknot.catalog.Translation;
import java.util.List;

/**
 * A routine as the adjust page shows it, with every technique that fits its areas, tools and
 * performer: those this person's answers rule out carry the rule and are never offered.
 */
public record Adjusting(RoutineView routine, List<Choice> choices) {

    /** The techniques in the reader's words (the routine and the rules' words already are). */
    public Adjusting translated(Translation translation) {
        return new Adjusting(routine, choices.stream()
            .map(choice -> new Choice(translation.technique(choice.technique()), choice.ruledOut())).toList());
    }

    /** @param ruledOut the rule that rules it out for this person, or null when it may be added */
    public record Choice(Technique technique, ExclusionView ruledOut) {

        public boolean addable() {
            return ruledOut == null;
        }
    }
}
