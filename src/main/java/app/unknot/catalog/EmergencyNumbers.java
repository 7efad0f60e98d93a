package app.unknot.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The number to call for an ambulance where the reader is, as their browser names the country:
 * what the stop page offers to call and what the warning signs' advice says ({@code {emergency-number}}
 * in the catalog's text). 112 reaches emergency services from a mobile phone across Europe and many
 * other countries, so it stands in wherever the country is unknown or not listed here. An operator
 * who knows better for their readers sets {@code unknot.emergency-number}, which then always applies.
 */
public final class EmergencyNumbers {

    static final String ANYWHERE = "112";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{2,15}");
    private static final Map<String, String> BY_COUNTRY = new HashMap<>();

    static {
        listed("999", "GB");
        listed("911", "US", "CA", "MX", "PR", "UY", "PY", "EC", "VE", "CR", "PA", "SV", "HN", "DO");
        listed("000", "AU");
        listed("111", "NZ");
        listed("107", "AR");
        listed("131", "CL");
        listed("123", "CO");
        listed("106", "PE");
    }

    private final String configured;

    /** @param configured {@code unknot.emergency-number}: the number to name everywhere, or blank for each reader's */
    public EmergencyNumbers(String configured) {
        if (!configured.isBlank() && !DIGITS.matcher(configured.strip()).matches()) {
            throw new IllegalStateException("unknot.emergency-number must be 2 to 15 digits: " + configured);
        }
        this.configured = configured.isBlank() ? null : configured.strip();
    }

    public String of(Locale reader) {
        return configured != null ? configured : BY_COUNTRY.getOrDefault(reader.getCountry(), ANYWHERE);
    }

    private static void listed(String number, String... countries) {
        for (String country : countries) {
            BY_COUNTRY.put(country, number);
        }
    }
}
