package app.unknot.safety;

import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.requireValue;

import app.unknot.catalog.Restriction;
import app.unknot.catalog.Slugged;
import app.unknot.catalog.Technique;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A technique the safety screen ruled out: a routine lists these rather than dropping them.
 *
 * @param reason the matching restriction's own words from the catalog, or the words for the
 *     person's rule; null for a pain rule, which the web layer words from its messages
 * @param untilCleared the restriction lifts once the care team clears massage (cancer), so a page
 *     can say what would change it
 */
public record Exclusion(Technique technique, Rule rule, String reason, boolean untilCleared) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Exclusion {
        requireValue(technique, "excluded technique");
        requireValue(rule, "rule excluding " + technique.slug());
        boolean painRule = rule instanceof PainRule;
        if (painRule != (reason == null)) {
            throw new IllegalArgumentException("only the pain rules come without a catalog reason, rule was " + rule.slug());
        }
        if (reason != null) {
            requireText(reason, "reason excluding " + technique.slug());
        }
        if (untilCleared && !(rule instanceof ConditionRule)) {
            throw new IllegalArgumentException("a care team's clearance lifts only a condition's restriction, rule was "
                + rule.slug());
        }
    }

    static Exclusion byRestriction(Technique technique, Restriction restriction) {
        return new Exclusion(technique, new ConditionRule(restriction.condition()), restriction.reason(),
            restriction.waivedByClearance());
    }

    /** Left out because of what the person said, not a safety rule: it hurt last time. */
    public static Exclusion byPerson(Technique technique, String reason) {
        return new Exclusion(technique, PersonalRule.HURT, reason, false);
    }

    static Exclusion byPain(Technique technique, PainRule rule) {
        return new Exclusion(technique, rule, null, false);
    }

    /**
     * What ruled a technique out: a condition the person named, a {@link PainRule}, or a {@link
     * PersonalRule}. Each is known by its slug in the database, the JSON API and message keys; the
     * slugs never overlap, so a stored slug reads back as the rule it was.
     */
    public sealed interface Rule extends Slugged permits ConditionRule, PainRule, PersonalRule {

        /**
         * The rule a stored slug names. Any other slug is a condition's, known to today's catalog or
         * not: a routine keeps the rules it was built with.
         *
         * @throws IllegalArgumentException for text that is no slug
         */
        static Rule parse(String slug) {
            if (PersonalRule.HURT.slug().equals(slug)) {
                return PersonalRule.HURT;
            }
            Optional<PainRule> pain = PainRule.withSlug(slug);
            return pain.isPresent() ? pain.get() : new ConditionRule(slug);
        }
    }

    /** A condition's restriction ruled the technique out; the condition is the rule, by its slug. */
    public record ConditionRule(String condition) implements Rule {

        public ConditionRule {
            if (condition == null || !SLUG.matcher(condition).matches()) {
                throw new IllegalArgumentException("not a condition's slug: " + condition);
            }
            if (PainRule.withSlug(condition).isPresent() || PersonalRule.HURT.slug().equals(condition)) {
                throw new IllegalArgumentException("a condition cannot have another rule's slug: " + condition);
            }
        }

        @Override
        public String slug() {
            return condition;
        }
    }

    /** The person's own rule, applied after the safety rules. */
    public enum PersonalRule implements Rule {
        /** They marked the technique as hurting or feeling wrong in an earlier routine's sessions. */
        HURT;

        private final String slug = Slugged.slugOf(this);

        @Override
        public String slug() {
            return slug;
        }
    }
}
