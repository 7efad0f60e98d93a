package app.unknot.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A client that hangs up while a kept page goes out is no error of the app's: the filter ends quietly. */
class HungUpTests {

    @Test
    void aKeptPageSentToAClientThatHungUpEndsWithoutAnError() throws Exception {
        var pages = new RenderedPages(List::of, "/routines/{id}/sheet.pdf");
        AtomicInteger renders = new AtomicInteger();
        var request = new MockHttpServletRequest("GET", "/routines/abc/sheet.pdf");

        // The first request renders and keeps the page.
        pages.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            renders.incrementAndGet();
            res.getOutputStream().write("%PDF-1.7 the sheet".getBytes());
        });
        // The second is answered from memory to a client that has gone.
        var gone = new HttpServletResponseWrapper(new MockHttpServletResponse()) {
            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("Broken pipe");
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
            }
        };
        assertThatCode(() -> pages.doFilter(new MockHttpServletRequest("GET", "/routines/abc/sheet.pdf"), gone,
            (req, res) -> renders.incrementAndGet())).doesNotThrowAnyException();
        assertThat(renders).hasValue(1);
    }
}
