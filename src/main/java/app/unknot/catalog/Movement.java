package app.unknot.catalog;

/** A movement of the spine that some conditions rule out. */
public enum Movement implements Slugged {
    SPINAL_ROTATION("spinal-rotation");

    private final String slug;

    Movement(String slug) {
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }

    public static Movement fromSlug(String slug) {
        return Slugged.fromSlug(Movement.class, slug);
    }
}
