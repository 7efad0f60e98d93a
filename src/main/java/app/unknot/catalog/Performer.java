package app.unknot.catalog;

/** Who carries a technique out: the person themselves, a partner, or either. */
public enum Performer implements Slugged {
    SELF("self"),
    PARTNER("partner"),
    ANY("any");

    private final String slug;

    Performer(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static Performer fromSlug(String slug) {
        return Slugged.fromSlug(Performer.class, slug);
    }
}
