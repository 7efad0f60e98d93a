package app.unknot.safety;

import app.unknot.catalog.Slugged;
import app.unknot.safety.Exclusion.Rule;
import java.util.Arrays;
import java.util.Optional;

/**
 * Strong or lasting pain, or pain that rose after the last session: the routine is still offered,
 * with light pressure only and the advice to see a professional first. Severe pain is checked first,
 * so it is the rule a routine records.
 */
public enum PainRule implements Rule {
    /** Pain of {@link #threshold()} out of 10 or worse. */
    SEVERE_PAIN(7),
    /** Pain that has lasted more than {@link #threshold()} weeks. */
    LASTING_PAIN(6),
    /** Pain {@link #threshold()} points or more worse after a session than before it, the last time. */
    PAIN_ROSE(2);

    private final String slug = Slugged.slugOf(this);
    private final int threshold;

    PainRule(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public String slug() {
        return slug;
    }

    /** The pain level (severe), number of weeks (lasting) or rise in pain (rose) where the rule starts. */
    public int threshold() {
        return threshold;
    }

    /** The rule with this slug, if it is one. */
    public static Optional<PainRule> withSlug(String slug) {
        return Arrays.stream(values()).filter(rule -> rule.slug.equals(slug)).findFirst();
    }

    /** Whether a session's pain, before and after, rose enough for the next routine to be gentle only. */
    public static boolean rose(Integer before, int after) {
        return before != null && after - before >= PAIN_ROSE.threshold;
    }

    /** The rule these answers trigger, if any. */
    static Optional<PainRule> triggeredBy(SafetyAnswers screening) {
        if (screening.painLevel() >= SEVERE_PAIN.threshold) {
            return Optional.of(SEVERE_PAIN);
        }
        if (screening.painWeeks() > LASTING_PAIN.threshold) {
            return Optional.of(LASTING_PAIN);
        }
        if (screening.painRoseLastTime()) {
            return Optional.of(PAIN_ROSE);
        }
        return Optional.empty();
    }
}
