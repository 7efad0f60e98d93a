package app.unknot.routine;

/**
 * What a therapist adds to a routine besides its steps, for the handout: each part is optional (null).
 *
 * @param notes for the whole routine
 * @param clientInitials a few letters, never a name: anyone with the link sees them
 * @param preparedBy the therapist's or clinic's name
 */
public record Handout(String notes, Frequency frequency, String clientInitials, String preparedBy) {

    public static final int MAX_NOTES = 1000;
    public static final int MAX_STEP_NOTE = 300;
    public static final int MAX_INITIALS = 4;
    public static final int MAX_PREPARED_BY = 100;

    public static final Handout NONE = new Handout(null, null, null, null);

    public Handout {
        notes = blankToNull(notes);
        clientInitials = blankToNull(clientInitials);
        preparedBy = blankToNull(preparedBy);
    }

    public boolean isEmpty() {
        return notes == null && frequency == null && clientInitials == null && preparedBy == null;
    }

    /** The same handout for another client: their initials are not this one's. */
    Handout forAnotherClient() {
        return new Handout(notes, frequency, null, preparedBy);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
