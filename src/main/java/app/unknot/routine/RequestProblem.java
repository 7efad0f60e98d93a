package app.unknot.routine;

/**
 * Something in a routine request the catalog cannot accept.
 *
 * @param field the request field, as named in the form and the JSON API
 * @param code what is wrong: {@link #UNKNOWN} slugs, or {@link #AREAS_NEEDED} for a local condition
 *     given without the areas it affects; the slugs themselves are never repeated back
 */
record RequestProblem(String field, String code) {

    static final String UNKNOWN = "unknown";
    static final String AREAS_NEEDED = "areasNeeded";
}
