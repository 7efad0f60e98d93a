package app.unknot.catalog;

/** How hard a technique presses, in increasing order: the order matters for safety limits. */
public enum Pressure implements Slugged {
    LIGHT("light"),
    MODERATE("moderate"),
    FIRM("firm");

    private final String slug;

    Pressure(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static Pressure fromSlug(String slug) {
        return Slugged.fromSlug(Pressure.class, slug);
    }
}
