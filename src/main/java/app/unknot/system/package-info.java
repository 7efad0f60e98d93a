/**
 * What every page and API answer shares: the welcome page, error pages and problem details, the
 * request id, security headers and request limits, and {@code #durations} for the templates. And
 * what saved routines and sessions share: their random ids and the column a list of slugs is stored in.
 * Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package app.unknot.system;

import org.springframework.modulith.ApplicationModule;
