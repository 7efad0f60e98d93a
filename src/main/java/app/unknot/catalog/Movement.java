package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** A movement of the spine that some conditions rule out. */
public enum Movement implements Slugged {
    SPINAL_ROTATION;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
