package app.unknot.system.limit;

import app.unknot.system.BusyException;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts a client's requests of one kind against its limit, and refuses one over it with a
 * {@link BusyException}: a 429 page, or a problem on the API, each with Retry-After. An interceptor,
 * not a filter, so the refusal is answered by the same handlers as every other error. Only requests
 * that reach a controller count: a page served from memory costs nothing.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final Limit limit;
    private final Set<String> methods;
    private final Buckets buckets;

    RateLimitInterceptor(Limit limit, Set<String> methods, Buckets buckets) {
        this.limit = limit;
        this.methods = methods;
        this.buckets = buckets;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // The error page a refused or failed request is forwarded to is not another request.
        if (request.getDispatcherType() != DispatcherType.REQUEST || !methods.contains(request.getMethod())) {
            return true;
        }
        ConsumptionProbe probe = buckets.take(limit, ClientAddress.of(request.getRemoteAddr()));
        if (!probe.isConsumed()) {
            throw new BusyException(limit.messageCode(), Limit.retryAfterSeconds(probe));
        }
        return true;
    }
}
