package app.unknot.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request a correlation id (kept across its error dispatch) and is the last line of
 * defence: an exception nothing else handled is logged here with the id and answered with a 500,
 * which the error page turns into a page or problem that shows the id and nothing else.
 */
class RequestIdFilter extends AlsoOnErrorPages {

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestId.of(request);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(RequestId.ATTRIBUTE, id);
        }
        response.setHeader(RequestId.HEADER, id);
        MDC.put(RequestId.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException ex) {
            log.error("Unhandled error in {} {} (request id {})", request.getMethod(), request.getRequestURI(), id, ex);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
        finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }
}
