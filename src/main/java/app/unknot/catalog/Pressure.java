package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** How hard a technique presses, in increasing order: the order matters for safety limits. */
public enum Pressure implements Slugged {
    LIGHT,
    MODERATE,
    FIRM;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
