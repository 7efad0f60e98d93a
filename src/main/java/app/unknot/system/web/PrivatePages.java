package app.unknot.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers that hold a saved routine, its sessions or this device's list of routines belong to whoever
 * has the link: no cache between the app and the browser may keep them, nor the browser itself. Each
 * goes out with {@value #NO_STORE}, set before the chain runs and again on the error dispatch, so a
 * page, a download, an API answer, a redirect, a 304 and an error page all carry it. The exception is
 * the pages {@link RenderedPages} keeps and serves with a strong ETag (steps, finish, sheet, PDF): it
 * answers those with {@value #REVALIDATE_PRIVATELY}, so this browser alone keeps them and asks again.
 * The builder form is the catalog's, unless it is filled in from a saved routine ({@code ?from=}).
 */
class PrivatePages extends AlsoOnErrorPages {

    static final String NO_STORE = "no-store";
    static final String REVALIDATE_PRIVATELY = "private, no-cache";

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final List<PathPattern> PRIVATE = List.of(PARSER.parse("/routines/**"), PARSER.parse("/api/routines/**"));
    private static final PathPattern FORM = PARSER.parse("/routines/new");
    /** What a catalog page fills the empty form with; any other parameter may name a saved routine. */
    private static final Set<String> FORM_PRESETS = Set.of("area", "tool");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPrivate(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
        chain.doFilter(request, response);
    }

    /** Whether the answer holds a routine, a session or the device's list; on the error dispatch, the failed request's. */
    static boolean isPrivate(HttpServletRequest request) {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        Object uri = error ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        Object query = error ? request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
        if (!(uri instanceof String value) || !value.startsWith(request.getContextPath())) {
            return false;
        }
        var path = PathContainer.parsePath(value.substring(request.getContextPath().length()));
        if (FORM.matches(path)) {
            return !(query == null || presetsOnly(query.toString()));
        }
        return PRIVATE.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /** Parameter names decoded as the container decodes them, so {@code fr%6Fm} is {@code from}. */
    private static boolean presetsOnly(String query) {
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            try {
                if (!name.isEmpty() && !FORM_PRESETS.contains(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                    return false;
                }
            }
            catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        return true;
    }
}
