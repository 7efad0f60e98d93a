package app.unknot.system.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A request whose body stops with {@link BodyTooLargeException} past a limit, even when chunked, and
 * with {@link BodyTooSlowException} once it is still arriving past a deadline counted from when the
 * request was wrapped. The deadline is checked as each read returns; a client that stops sending
 * altogether is cut off by Tomcat's upload timeout ({@code TomcatTimeouts}) instead.
 */
class SizeLimitedRequest extends HttpServletRequestWrapper {

    private final long maxBytes;
    private final Duration deadline;
    private final long startNanos = System.nanoTime();
    private ServletInputStream body;

    SizeLimitedRequest(HttpServletRequest request, long maxBytes, Duration deadline) {
        super(request);
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new CountingInputStream(super.getInputStream(), maxBytes, startNanos + deadline.toNanos(), deadline.toMillis());
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private final long deadlineNanos;
        private final long deadlineMillis;
        private long count;

        CountingInputStream(ServletInputStream in, long maxBytes, long deadlineNanos, long deadlineMillis) {
            this.in = in;
            this.maxBytes = maxBytes;
            this.deadlineNanos = deadlineNanos;
            this.deadlineMillis = deadlineMillis;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            if (System.nanoTime() - deadlineNanos > 0 && !in.isFinished()) {
                throw new BodyTooSlowException(deadlineMillis);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
