package app.unknot.routine;

import static app.unknot.routine.Checks.requireText;
import static app.unknot.routine.Checks.requireValue;

/**
 * A candidate technique the safety screen ruled out: a routine lists these rather than dropping them.
 *
 * @param rule the condition slug whose restriction matched, or {@link #SEVERE_PAIN} /
 *     {@link #LASTING_PAIN} for the pain rule
 * @param reason the matching restriction's own words from the catalog; null for the pain rules,
 *     which the web layer words from its messages by rule
 * @param untilCleared the restriction lifts once the care team clears massage (cancer), so the page
 *     can say what would change it
 */
record Exclusion(TechniqueCard technique, String rule, String reason, boolean untilCleared) {

    /** Pain of 7/10 or worse: gentle techniques only. */
    static final String SEVERE_PAIN = "severe-pain";
    /** Pain that has lasted over 6 weeks: gentle techniques only. */
    static final String LASTING_PAIN = "lasting-pain";

    Exclusion {
        requireValue(technique, "excluded technique");
        requireText(rule, "rule excluding " + technique.slug());
        boolean painRule = rule.equals(SEVERE_PAIN) || rule.equals(LASTING_PAIN);
        if (painRule != (reason == null)) {
            throw new IllegalArgumentException("only the pain rules come without a catalog reason, rule was " + rule);
        }
        if (reason != null) {
            requireText(reason, "reason excluding " + technique.slug());
        }
        if (painRule && untilCleared) {
            throw new IllegalArgumentException("a care team's clearance does not lift the pain rule");
        }
    }

    static Exclusion byRestriction(TechniqueCard technique, Restriction restriction) {
        return new Exclusion(technique, restriction.condition(), restriction.reason(), restriction.waivedByClearance());
    }

    static Exclusion byPain(TechniqueCard technique, String painRule) {
        return new Exclusion(technique, painRule, null, false);
    }
}
