package app.unknot.catalog;

/** The body position a technique is done in. */
public enum Posture implements Slugged {
    LYING_ON_BACK("lying-on-back"),
    LYING_ON_FRONT("lying-on-front"),
    SIDE_LYING("side-lying"),
    SEATED("seated"),
    STANDING("standing"),
    KNEELING("kneeling");

    private final String slug;

    Posture(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static Posture fromSlug(String slug) {
        return Slugged.fromSlug(Posture.class, slug);
    }
}
