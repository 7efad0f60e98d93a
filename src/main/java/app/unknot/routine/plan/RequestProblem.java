package app.unknot.routine.plan;

import java.util.List;

/**
 * Something in a routine request or a therapist's adjustment the routine cannot accept.
 *
 * @param field the field, as named in the forms and the JSON API, such as {@code steps[2].technique}
 * @param code what is wrong, one of the constants here; the slugs at fault are never repeated back
 * @param arguments for the message: limits, or for {@link #RULED_OUT} the technique's name and the
 *     rule's slug (always the last argument)
 */
public record RequestProblem(String field, String code, List<Object> arguments) {

    static final String UNKNOWN = "unknown";
    static final String AREAS_NEEDED = "areasNeeded";
    /** A step list with nothing in it. */
    static final String EMPTY = "empty";
    /** More steps, or more time, than a routine holds. */
    static final String TOO_MANY = "tooMany";
    static final String TOO_LONG = "tooLong";
    /** The same technique twice in one routine. */
    static final String TWICE = "twice";
    /** A technique for other areas, other tools or another performer than the routine's. */
    static final String NOT_FOR_ROUTINE = "notForRoutine";
    /** A technique this person's answers rule out: the API lists the rule under {@code rules}. */
    static final String RULED_OUT = "ruledOut";
    /** A step time outside what the technique allows, or not in its whole steps. */
    static final String TIME = "time";

    public RequestProblem {
        arguments = List.copyOf(arguments);
    }

    RequestProblem(String field, String code) {
        this(field, code, List.of());
    }
}
