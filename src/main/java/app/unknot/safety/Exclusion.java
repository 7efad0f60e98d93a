package app.unknot.safety;

import static app.unknot.catalog.Checks.requireText;
import static app.unknot.catalog.Checks.requireValue;

import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;

/**
 * A technique the safety screen ruled out: a routine lists these rather than dropping them.
 *
 * @param rule the condition slug whose restriction matched, a {@link PainRule}'s slug, or a rule of
 *     the person's own (a technique that hurt last time)
 * @param reason the matching restriction's own words from the catalog, or the words for the
 *     person's rule; null for a pain rule, which the web layer words from its messages
 * @param untilCleared the restriction lifts once the care team clears massage (cancer), so a page
 *     can say what would change it
 */
public record Exclusion(Technique technique, String rule, String reason, boolean untilCleared) {

    public Exclusion {
        requireValue(technique, "excluded technique");
        requireText(rule, "rule excluding " + technique.slug());
        boolean painRule = PainRule.withSlug(rule).isPresent();
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

    static Exclusion byRestriction(Technique technique, Restriction restriction) {
        return new Exclusion(technique, restriction.condition(), restriction.reason(), restriction.waivedByClearance());
    }

    /** Left out because of what the person said, not a safety rule: it hurt last time. */
    public static Exclusion byPerson(Technique technique, String rule, String reason) {
        return new Exclusion(technique, rule, reason, false);
    }

    static Exclusion byPain(Technique technique, PainRule rule) {
        return new Exclusion(technique, rule.slug(), null, false);
    }
}
