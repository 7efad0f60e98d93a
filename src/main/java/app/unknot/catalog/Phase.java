package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** Routine phases, declared in the order a routine runs them. */
public enum Phase implements Slugged {
    WARM_UP,
    MASSAGE,
    STRETCH,
    COOL_DOWN;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
