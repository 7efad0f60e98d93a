/**
 * What every module shares, and depends on no other module. This package is what the others use:
 * the exceptions that become a 404, 409 or 400 ({@code NotFoundException}, {@code ConflictException},
 * {@code InvalidParameterException}, each an {@code ExplainedException} naming the message that
 * says why), {@code KeptPageCheck} for pages that can go away, the public address ({@code PublicUrl}),
 * dates as people read them ({@code Dates}), the app's cookie settings ({@code SiteCookies}), and what saved routines and sessions share: their random
 * ids ({@code RandomIds}, cut short in every log message by {@code MaskedIds}) and the column a list of slugs is stored in ({@code SlugListConverter}).
 *
 * <p>Inside the module: {@code web} serves every request (request id, security headers, request
 * limits, rendered pages kept in memory, static files, the welcome page), {@code error} turns
 * what goes wrong into error pages and problem details, and {@code limit} holds each client to
 * rate limits on writes and PDFs ({@code BusyException}, a 429, when over them).
 */
@ApplicationModule(allowedDependencies = {})
package app.unknot.system;

import org.springframework.modulith.ApplicationModule;
