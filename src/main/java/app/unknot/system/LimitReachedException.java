package app.unknot.system;

/**
 * A routine holds as much of something as it may keep (sessions today, sessions, versions), so one
 * more is refused: a 409, as for any {@link ConflictException}, explained by {@code conflict.<what>}.
 * A form catches it to show itself again with the message, so nothing typed is lost.
 */
public class LimitReachedException extends ConflictException {

    public LimitReachedException(String what) {
        super(what);
    }
}
