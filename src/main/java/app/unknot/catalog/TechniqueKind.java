package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** Whether a technique works the muscle with pressure or lengthens it. */
public enum TechniqueKind implements Slugged {
    MASSAGE,
    STRETCH;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
