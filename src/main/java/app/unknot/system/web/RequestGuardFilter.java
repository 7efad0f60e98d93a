package app.unknot.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any controller sees them, requests no honest client sends: a body over the
 * limit is a 413 (declared, or found while reading a chunked body); parameters Tomcat will not
 * parse (too many, or a form over its size limit) are a 400 or 413 instead of an exception deep in
 * a handler; a body still arriving past its deadline is cut off ({@link SizeLimitedRequest}); and a NUL character in the address or a parameter is a 400, because PostgreSQL
 * refuses NUL in text and would otherwise turn a search or a slug lookup into a 500.
 */
class RequestGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuardFilter.class);

    private final long maxBodyBytes;
    private final Duration bodyDeadline;

    RequestGuardFilter(DataSize maxBodySize, Duration bodyDeadline) {
        this.maxBodyBytes = maxBodySize.toBytes();
        this.bodyDeadline = bodyDeadline;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body of " + request.getContentLengthLong() + " bytes");
            return;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        }
        catch (IllegalStateException ex) {
            refuse(response, statusOf(ex), ex.getMessage());
            return;
        }
        if (carriesNul(request.getRequestURI(), parameters)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "NUL character in the address or a parameter");
            return;
        }
        chain.doFilter(new SizeLimitedRequest(request, maxBodyBytes, bodyDeadline), response);
    }

    /** The address is still percent-encoded; parameters are decoded. */
    private static boolean carriesNul(String uri, Map<String, String[]> parameters) {
        return uri.contains("%00") || hasNul(uri) || parameters.entrySet().stream().anyMatch(parameter ->
            hasNul(parameter.getKey()) || Arrays.stream(parameter.getValue()).anyMatch(RequestGuardFilter::hasNul));
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** Tomcat says which status its refusal deserves; anything else unparseable is a bad request. */
    private static int statusOf(IllegalStateException ex) {
        return ex instanceof org.apache.tomcat.util.http.InvalidParameterException tomcat
            ? tomcat.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
    }

    private static void refuse(HttpServletResponse response, int status, String why) throws IOException {
        log.info("Refused a request ({}): {}", status, why);
        response.sendError(status);
    }
}
