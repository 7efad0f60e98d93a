package app.unknot.system;

/**
 * What was asked cannot be done to this thing as it stands, such as adjusting a routine a warning
 * sign stopped: answered with a 409 page or problem, explained by the message {@code conflict.<what>}.
 */
public class ConflictException extends ExplainedException {

    public ConflictException(String what) {
        super("conflict: " + what, "conflict." + what);
    }
}
