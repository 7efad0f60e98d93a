package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** Which body areas a safety restriction covers: all, the person's affected areas, or a fixed list. */
public enum AreaScope implements Slugged {
    ANY,
    AFFECTED,
    LISTED;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
