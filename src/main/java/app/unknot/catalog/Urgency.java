package app.unknot.catalog;

import jakarta.persistence.EnumeratedValue;

/** How soon a red flag needs medical help, most urgent first: now, today, or at a GP appointment soon. */
public enum Urgency implements Slugged {
    EMERGENCY,
    URGENT,
    GP;

    @EnumeratedValue
    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }
}
