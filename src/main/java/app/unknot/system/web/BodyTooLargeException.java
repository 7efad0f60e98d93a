package app.unknot.system.web;

import java.io.IOException;

/**
 * Thrown while reading a body longer than the limit ({@link SizeLimitedRequest}); the API answers it
 * with a 413 problem. Public for that answer, which the {@code error} package gives.
 */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long maxBytes) {
        super("Request body larger than " + maxBytes + " bytes");
    }
}
