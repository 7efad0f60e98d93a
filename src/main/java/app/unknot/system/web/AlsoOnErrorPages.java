package app.unknot.system.web;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that runs again when the container dispatches to an error page, so an error page gets what
 * every page gets (its request id, security headers, Cache-Control and language). Registered for the
 * ERROR dispatch too ({@link WebFilters}).
 */
abstract class AlsoOnErrorPages extends OncePerRequestFilter {

    @Override
    protected final boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
