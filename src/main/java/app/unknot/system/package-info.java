/**
 * What every page and API answer shares: the welcome page, error pages and problem details, the
 * request id, security headers and request limits, and {@code #durations} for the templates.
 * Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package app.unknot.system;

import org.springframework.modulith.ApplicationModule;
