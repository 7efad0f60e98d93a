package app.unknot.routine;

/**
 * A technique a {@link RoutineView} left out, the rule that left it out, and why, in words.
 *
 * @param technique the technique's slug
 * @param rule the slug of the {@link app.unknot.safety.Exclusion.Rule}: a condition's, a pain rule's or {@code hurt}
 */
public record ExclusionView(String technique, String name, String rule, String ruleName, String reason) {
}
