package app.unknot.routine;

import jakarta.persistence.Embeddable;

/** A technique the safety screen ruled out for this routine, and by which rule. */
@Embeddable
class SavedExclusion {

    private String techniqueSlug;

    private String rule;

    /** The catalog's words; null for the pain rules, which the page words from its messages. */
    private String reason;

    private boolean untilCleared;

    protected SavedExclusion() {
    }

    SavedExclusion(Exclusion exclusion) {
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
