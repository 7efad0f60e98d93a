package app.unknot.catalog;

/** How soon a red flag needs medical help, most urgent first. */
public enum Urgency implements Slugged {
    EMERGENCY("emergency"),
    URGENT("urgent");

    private final String slug;

    Urgency(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static Urgency fromSlug(String slug) {
        return Slugged.fromSlug(Urgency.class, slug);
    }
}
