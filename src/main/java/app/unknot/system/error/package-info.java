/**
 * What goes wrong, answered the same way everywhere: a page in the app's layout for the pages
 * ({@code PageExceptionHandler}), an RFC 9457 problem for the JSON API ({@code ApiExceptionHandler},
 * worded by {@code Problems}), and {@code ErrorPages} for whatever the container dispatches. Only the
 * status, the fields at fault and, for a 500, the request id are ever shown. The exceptions the
 * modules throw ({@code NotFoundException}, {@code ConflictException},
 * {@code InvalidParameterException}) are in {@code app.unknot.system}, where they may use them.
 */
package app.unknot.system.error;
