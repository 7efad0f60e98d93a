package app.unknot.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a change (any method but GET, HEAD, OPTIONS) that a browser sent on behalf of another site,
 * such as a hidden form on a hostile page posting to {@code /routines/{id}/delete}. Browsers say where a
 * request comes from: {@code Sec-Fetch-Site} (every current browser), else {@code Origin}. A request
 * with neither comes from a tool, not a page (curl, a script using the JSON API), and is let through, as
 * no site can make a visitor's browser send it. So every form works without JavaScript or tokens.
 */
class CrossSitePostFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSitePostFilter.class);

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** {@code none}: the person typed the address or used a bookmark. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final String publicOrigin;

    /** @param publicUrl {@code unknot.public-url}, the address people reach the app at, or blank */
    CrossSitePostFilter(String publicUrl) {
        this.publicOrigin = publicUrl.isBlank() ? null : origin(URI.create(publicUrl.strip()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            log.info("Refused a {} to {} sent from another site", request.getMethod(), request.getRequestURI());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_SITE.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals(origin(request)) && !origin.equals(publicOrigin);
    }

    /** The origin the request came to; behind a proxy, as the forwarded headers say when the app is told to read them. */
    private static String origin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    private static String origin(URI uri) {
        return origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    /** As a browser writes it: no port when it is the scheme's own. */
    private static String origin(String scheme, String host, int port) {
        boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
