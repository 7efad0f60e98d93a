package app.unknot.sheet;

import app.unknot.catalog.Slugged;
import app.unknot.system.InvalidParameterException;
import java.util.Locale;
import java.util.Set;

/** The paper a sheet is laid out for: A4, or US Letter where that is what printers hold. */
enum Paper implements Slugged {
    A4,
    LETTER;

    /** Where Letter is the usual paper: North America, the Philippines, and parts of South America. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO");

    private final String slug = Slugged.slugOf(this);

    @Override
    public String slug() {
        return slug;
    }

    /**
     * The paper asked for with {@code ?paper=}, or else the one usual in the reader's country, as
     * their browser names it.
     *
     * @throws InvalidParameterException naming {@code paper} when it is neither
     */
    static Paper of(String asked, Locale reader) {
        if (asked == null || asked.isBlank()) {
            return LETTER_COUNTRIES.contains(reader.getCountry()) ? LETTER : A4;
        }
        for (Paper paper : values()) {
            if (paper.slug.equals(asked.strip())) {
                return paper;
            }
        }
        throw new InvalidParameterException("paper");
    }
}
