package app.unknot.routine.plan;

import app.unknot.catalog.Slugged;
import jakarta.persistence.EnumeratedValue;

/** Why a step is in the routine; the web layer words it from its messages. */
public enum StepReason implements Slugged {
    /** Warms up an area that is massaged next. */
    WARM_UP,
    MASSAGE,
    /** Stretches an area this routine also massages. */
    STRETCH_PAIRED,
    /** Stretches an area that gets no massage (none fits, or none is safe). */
    STRETCH,
    COOL_DOWN;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
