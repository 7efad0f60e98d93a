package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** Who carries a technique out: the person themselves, a partner, or either. */
public enum Performer implements Slugged {
    SELF,
    PARTNER,
    ANY;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
