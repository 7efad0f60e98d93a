package app.unknot.system.web;

import java.io.IOException;

/**
 * Thrown while reading a body that is still arriving past its deadline ({@link SizeLimitedRequest}):
 * a client that trickles its body would otherwise hold a thread as long as it likes. The API answers
 * it with a 408 problem. Public for that answer, which the {@code error} package gives.
 */
public class BodyTooSlowException extends IOException {

    BodyTooSlowException(long deadlineMillis) {
        super("Request body still arriving after " + deadlineMillis + " ms");
    }
}
