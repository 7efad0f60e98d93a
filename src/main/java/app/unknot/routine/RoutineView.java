package app.unknot.routine;

import app.unknot.catalog.Urgency;
import java.time.Instant;
import java.util.List;

/**
 * A saved routine worded for people: what the pages, the sheet and the JSON API show. Other
 * packages get one from {@link RoutineViews#find}.
 *
 * @param areaNames the requested areas' names, main area first
 * @param redFlags for a stopped routine, the symptoms that stopped it
 */
public record RoutineView(String id, Instant createdAt, PlanStatus status, Urgency urgency, int minutes,
                   String performer, List<String> areaNames, int totalSeconds, List<Step> steps,
                   List<Excluded> excluded, List<String> advice, List<Flag> redFlags) {

    /** One step, with the technique's own instructions and cautions, and its tools by name. */
    public record Step(int order, String phase, TechniqueCard technique, String performer, List<String> areas,
                int seconds, String reason, List<String> toolNames) {

        public int secondsPerSide() {
            return seconds / technique.sides();
        }
    }

    /** A technique left out, the rule that left it out, and why in plain words. */
    public record Excluded(String technique, String name, String rule, String ruleName, String reason) {
    }

    public record Flag(String slug, String name, Urgency urgency) {
    }

    public boolean stopped() {
        return status == PlanStatus.STOP;
    }
}
