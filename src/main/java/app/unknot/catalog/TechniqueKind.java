package app.unknot.catalog;

/** Whether a technique works the muscle with pressure or lengthens it. */
public enum TechniqueKind implements Slugged {
    MASSAGE("massage"),
    STRETCH("stretch");

    private final String slug;

    TechniqueKind(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static TechniqueKind fromSlug(String slug) {
        return Slugged.fromSlug(TechniqueKind.class, slug);
    }
}
