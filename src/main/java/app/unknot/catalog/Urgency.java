package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** How soon a red flag needs medical help, most urgent first. */
public enum Urgency implements Slugged {
    EMERGENCY,
    URGENT;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
