package app.unknot.routine;

import java.util.List;

/**
 * Something in a routine request the catalog cannot accept.
 *
 * @param field the request field, as named in the form and the JSON API
 * @param code what is wrong: {@link #UNKNOWN} slugs, or {@link #AREAS_NEEDED} for a local condition
 *     given without the areas it affects
 * @param values the offending slugs (unknown ones, or the local conditions)
 */
record RequestProblem(String field, String code, List<String> values) {

    static final String UNKNOWN = "unknown";
    static final String AREAS_NEEDED = "areasNeeded";
}
