package app.unknot.routine.plan;

/**
 * A step as a therapist chose it: the technique by slug, its whole time (both sides), and a note or null.
 */
public record ChosenStep(String technique, int seconds, String note) {
}
