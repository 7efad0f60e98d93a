package app.unknot.routine;

/**
 * A technique a {@link RoutineView} left out, the rule that left it out, and why, in words.
 *
 * @param technique the technique's slug
 * @param rule the condition's or pain rule's slug
 */
public record ExclusionView(String technique, String name, String rule, String ruleName, String reason) {
}
