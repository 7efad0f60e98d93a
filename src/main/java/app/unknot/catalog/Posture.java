package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** The body position a technique is done in. */
public enum Posture implements Slugged {
    LYING_ON_BACK,
    LYING_ON_FRONT,
    SIDE_LYING,
    SEATED,
    STANDING,
    KNEELING;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
