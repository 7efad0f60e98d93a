package app.unknot.routine;

import app.unknot.safety.Exclusion;
import jakarta.persistence.Embeddable;

/** An exclusion as stored: the technique by slug, the rule, and the catalog's words for it. */
@Embeddable
class ExclusionEntity {

    private String techniqueSlug;

    private String rule;

    /** The catalog's words; null for the pain rules, which the page words from its messages. */
    private String reason;

    private boolean untilCleared;

    protected ExclusionEntity() {
    }

    ExclusionEntity(Exclusion exclusion) {
        this.techniqueSlug = exclusion.technique().slug();
        this.rule = exclusion.rule();
        this.reason = exclusion.reason();
        this.untilCleared = exclusion.untilCleared();
    }

    String techniqueSlug() {
        return techniqueSlug;
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
