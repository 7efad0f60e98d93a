package app.unknot.routine;

import app.unknot.safety.Exclusion;
import jakarta.persistence.Embeddable;

/** An exclusion as stored: the technique and the rule by slug and by name, and the catalog's words for it. */
@Embeddable
class ExclusionEntity {

    private String techniqueSlug;

    private String techniqueName;

    private String rule;

    /** The condition's name as shown; null for the pain rules, which the page words from its messages. */
    private String ruleName;

    /** The catalog's words; null for the pain rules, which the page words from its messages. */
    private String reason;

    private boolean untilCleared;

    protected ExclusionEntity() {
    }

    ExclusionEntity(Exclusion exclusion, String ruleName) {
        this.techniqueSlug = exclusion.technique().slug();
        this.techniqueName = exclusion.technique().name();
        this.rule = exclusion.rule();
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

    String rule() {
        return rule;
    }

    String reason() {
        return reason;
    }

    boolean untilCleared() {
        return untilCleared;
    }
}
