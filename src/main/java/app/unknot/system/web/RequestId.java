package app.unknot.system.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The correlation id of one request: in the log (MDC), on the error page and problem, and in the
 * {@value #HEADER} response header, so a person quoting it lets us find the log lines.
 */
public final class RequestId {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = RequestId.class.getName();

    private RequestId() {
    }

    /** The id {@link RequestIdFilter} gave this request, or null outside one. */
    public static String of(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }
}
