package app.unknot.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many requests of one client address in flight at once (0: no limit). Tomcat has 50
 * threads, and a request whose client sends its body slowly holds one until the body is in or its
 * deadline passes; without this, one client opening 50 such uploads took every thread and the
 * catalog stopped answering. The next request over the limit is refused at once, without waiting
 * for a turn (waiting would hold a thread too): a short 503 with {@code Retry-After}, not a page
 * (it must cost nothing). A 503, not a 429, because after a 503 Tomcat closes the connection, and
 * reads at most one packet more of an unread body ({@code server.tomcat.max-swallow-size}) rather
 * than wait for all of it on this thread. This limits concurrency, not
 * rate. The address is the one Tomcat sees, or the proxy's {@code X-Forwarded-For} with
 * {@code server.forward-headers-strategy=native}; without that, behind a proxy all clients would
 * share one limit.
 */
class InFlightLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InFlightLimitFilter.class);

    private final int maxPerClient;
    private final MessageSource messages;
    private final ConcurrentMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    /** @param messages the refusal's words ({@code busy.client}), in the client's language */
    InFlightLimitFilter(int maxPerClient, MessageSource messages) {
        this.maxPerClient = maxPerClient;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return maxPerClient <= 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (!enter(client)) {
            log.info("Refused a request (503): {} already has {} in flight", client, maxPerClient);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.getMessage("busy.client", null, LanguageFilter.localeOf(request)));
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            inFlight.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1);
        }
    }

    /** Counts the request in if the client has room; an address with nothing in flight is not kept. */
    private boolean enter(String client) {
        boolean[] admitted = {false};
        inFlight.compute(client, (address, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < maxPerClient;
            return admitted[0] ? now + 1 : count;
        });
        return admitted[0];
    }

    /** Requests in flight now, for tests: only addresses with some are kept. */
    int clientsInFlight() {
        return inFlight.size();
    }
}
