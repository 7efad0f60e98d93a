package app.unknot.catalog;

/** Routine phases, declared in the order a routine runs them. */
public enum Phase implements Slugged {
    WARM_UP("warm-up"),
    MASSAGE("massage"),
    STRETCH("stretch"),
    COOL_DOWN("cool-down");

    private final String slug;

    Phase(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static Phase fromSlug(String slug) {
        return Slugged.fromSlug(Phase.class, slug);
    }
}
