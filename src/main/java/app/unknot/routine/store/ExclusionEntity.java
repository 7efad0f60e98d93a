package app.unknot.routine.store;

import app.unknot.safety.Exclusion;
import app.unknot.safety.Exclusion.Rule;
import jakarta.persistence.Embeddable;

/** An exclusion as stored: the technique and the rule by slug and by name, and the catalog's words for it. */
@Embeddable
class ExclusionEntity {

    private String techniqueSlug;

    private String techniqueName;

    /** The rule's slug: {@link Rule#parse} reads it back. */
    private String rule;

    /** The condition's name as shown; null for the other rules, which the page words from its messages. */
    private String ruleName;

    /** The catalog's words; null for the pain rules, which the page words from its messages. */
    private String reason;

    private boolean untilCleared;

    protected ExclusionEntity() {
    }

    ExclusionEntity(Exclusion exclusion, String ruleName) {
        this.techniqueSlug = exclusion.technique().slug();
        this.techniqueName = exclusion.technique().name();
        this.rule = exclusion.rule().slug();
        this.ruleName = ruleName;
        this.reason = exclusion.reason();
        this.untilCleared = exclusion.untilCleared();
    }

    String techniqueSlug() {
        return techniqueSlug;
    }

    String techniqueName() {
        return techniqueName;
    }

    String ruleName() {
        return ruleName;
    }

    Rule rule() {
        return Rule.parse(rule);
    }

    String reason() {
        return reason;
    }

    boolean untilCleared() {
        return untilCleared;
    }
}
