package app.unknot.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One address may have so many requests in flight; the next is a 503 at once, others are not affected. */
class InFlightLimitFilterTests {

    private static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("busy.client", Locale.UK, "Busy");
        MESSAGES.addMessage("busy.client", Locale.forLanguageTag("es"), "Ocupado");
    }

    private final InFlightLimitFilter filter = new InFlightLimitFilter(3, MESSAGES);

    @Test
    void theRequestOverTheCapIsRefusedAtOnceAndOnlyForThatAddress() throws Exception {
        var release = new CountDownLatch(1);
        var entered = new CountDownLatch(3);
        ExecutorService held = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> holding = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                holding.add(held.submit(() -> send("10.0.0.1", () -> {
                    entered.countDown();
                    release.await();
                })));
            }
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

            var refused = response("10.0.0.1", () -> { });
            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getContentAsString()).isEqualTo("Busy");
            assertThat(response("10.0.0.1", "es", () -> { }).getContentAsString()).as("in the client's language").isEqualTo("Ocupado");
            assertThat(send("10.0.0.2", () -> { })).as("another address").isEqualTo(200);

            release.countDown();
            for (Future<Integer> request : holding) {
                assertThat(request.get(5, TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(filter.clientsInFlight()).as("addresses kept once nothing is in flight").isZero();
            assertThat(send("10.0.0.1", () -> { })).as("room again").isEqualTo(200);
        }
        finally {
            held.shutdownNow();
        }
    }

    @Test
    void noCapWhenSetToZero() throws Exception {
        var unlimited = new InFlightLimitFilter(0, MESSAGES);
        var request = new MockHttpServletRequest("GET", "/techniques");
        assertThat(unlimited.shouldNotFilter(request)).isTrue();
    }

    private interface Work {
        void run() throws Exception;
    }

    private int send(String address, Work work) throws Exception {
        return response(address, work).getStatus();
    }

    private MockHttpServletResponse response(String address, Work work) throws Exception {
        return response(address, null, work);
    }

    private MockHttpServletResponse response(String address, String acceptLanguage, Work work) throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/routines");
        request.setRemoteAddr(address);
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            try {
                work.run();
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        return response;
    }
}
