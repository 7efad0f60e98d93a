package app.unknot.catalog;

/** Which body areas a safety restriction covers: all, the person's affected areas, or a fixed list. */
public enum AreaScope implements Slugged {
    ANY("any"),
    AFFECTED("affected"),
    LISTED("listed");

    private final String slug;

    AreaScope(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static AreaScope fromSlug(String slug) {
        return Slugged.fromSlug(AreaScope.class, slug);
    }
}
