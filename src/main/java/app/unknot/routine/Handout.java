package app.unknot.routine;

import app.unknot.system.SpokenLanguages;
import java.util.Locale;

/**
 * What a therapist adds to a routine besides its steps, for the handout: each part is optional (null).
 *
 * @param notes for the whole routine
 * @param clientInitials a few letters, never a name: anyone with the link sees them
 * @param preparedBy the therapist's or clinic's name
 * @param language the code of the language its sheet prints in ("es"), whatever the reader's; null
 *     prints it in the reader's
 */
public record Handout(String notes, Frequency frequency, String clientInitials, String preparedBy, String language) {

    public static final int MAX_NOTES = 1000;
    public static final int MAX_STEP_NOTE = 300;
    public static final int MAX_INITIALS = 4;
    public static final int MAX_PREPARED_BY = 100;

    public static final Handout NONE = new Handout(null, null, null, null, null);

    public Handout {
        notes = blankToNull(notes);
        clientInitials = blankToNull(clientInitials);
        preparedBy = blankToNull(preparedBy);
        if (language != null && !SpokenLanguages.speaks(language)) {
            throw new IllegalArgumentException("Unknot does not speak " + language);
        }
    }

    /** Whether it has nothing to show the client: the language is not shown, it is what the sheet is in. */
    public boolean isEmpty() {
        return notes == null && frequency == null && clientInitials == null && preparedBy == null;
    }

    /** The locale its sheet prints in for this reader. */
    public Locale printedIn(Locale reader) {
        return SpokenLanguages.in(language, reader);
    }

    /** Its language's own name for itself ("Español"), or null when it has none. */
    public String languageName() {
        return SpokenLanguages.name(language);
    }

    /** The same handout for another client: their initials and language are not this one's. */
    Handout forAnotherClient() {
        return new Handout(notes, frequency, null, preparedBy, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
