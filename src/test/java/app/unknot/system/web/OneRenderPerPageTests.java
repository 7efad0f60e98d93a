package app.unknot.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Many asking for the same page while it is first rendered (a sheet everyone opens just after a start)
 * get that one render, not one each; a page that may not be kept is rendered for each, as before.
 */
class OneRenderPerPageTests {

    private static final int ASKING = 8;

    @Test
    void requestsForAPageBeingRenderedWaitForThatRender() throws Exception {
        var pages = new RenderedPages(List::of, "/routines/{id}/sheet.pdf");
        var renders = new AtomicInteger();
        var allAsked = new CountDownLatch(1);
        List<MockHttpServletResponse> answers = askAtOnce(pages, allAsked, (req, res) -> {
            renders.incrementAndGet();
            await(allAsked);
            res.getOutputStream().write("%PDF-1.7 the sheet".getBytes());
        });

        assertThat(renders).as("renders").hasValue(1);
        assertThat(answers).extracting(MockHttpServletResponse::getContentAsString).containsOnly("%PDF-1.7 the sheet");
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
    }

    @Test
    void anAnswerThatMayNotBeKeptIsRenderedForEachRequest() throws Exception {
        var pages = new RenderedPages(List::of, "/routines/{id}/sheet.pdf");
        var renders = new AtomicInteger();
        var allAsked = new CountDownLatch(1);
        List<MockHttpServletResponse> answers = askAtOnce(pages, allAsked, (req, res) -> {
            renders.incrementAndGet();
            await(allAsked);
            ((HttpServletResponse) res).setStatus(429);
            res.getOutputStream().write("busy".getBytes());
        });

        assertThat(renders).as("renders").hasValue(ASKING);
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(429);
    }

    /** ASKING requests for one sheet at once; the first render goes on once every request has been made. */
    private static List<MockHttpServletResponse> askAtOnce(RenderedPages pages, CountDownLatch allAsked,
                                                           FilterChain render) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(ASKING);
        try {
            var started = new CountDownLatch(ASKING);
            List<Future<MockHttpServletResponse>> asked = new ArrayList<>();
            for (int i = 0; i < ASKING; i++) {
                asked.add(threads.submit(() -> {
                    var response = new MockHttpServletResponse();
                    started.countDown();
                    pages.doFilter(new MockHttpServletRequest("GET", "/routines/abc/sheet.pdf"), response, render);
                    return response;
                }));
            }
            started.await();
            // The others are at the filter by now, or will find the render in progress when they get there.
            Thread.sleep(200);
            allAsked.countDown();
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (var answer : asked) {
                answers.add(answer.get(10, TimeUnit.SECONDS));
            }
            return answers;
        }
        finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
