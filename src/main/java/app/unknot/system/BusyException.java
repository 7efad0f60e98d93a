package app.unknot.system;

/**
 * Too much of one costly kind of work is already under way: answered with a 429 and a
 * {@code Retry-After} of this many seconds, explained by the message with this code.
 */
public class BusyException extends ExplainedException {

    private final int retryAfterSeconds;

    public BusyException(String messageCode, int retryAfterSeconds) {
        super("busy", messageCode);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
