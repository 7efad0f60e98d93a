package app.unknot.routine;

import app.unknot.catalog.Slugged;
import jakarta.persistence.EnumeratedValue;

/** How a routine may be used: freely, with the advice shown, or not at all. */
public enum PlanStatus implements Slugged {
    /** No condition given and the pain allows any pressure. */
    OK,
    /** A condition was given or the pain rule applies: the plan is screened and comes with advice. */
    CAUTION,
    /** A red flag was raised: no routine, get medical help. */
    STOP;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
