package app.unknot.progress;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session was done: the time its device gives, if it is one a device could honestly give, else
 * the time it arrives. A session kept on a phone while offline and sent the next day is dated when it
 * was done, not when the signal came back. A device clock a little ahead is allowed for; a date further
 * ahead, or older than a device plausibly keeps a session unsent, is not believed.
 */
final class SessionTime {

    /** How far ahead of the server a device's clock may be. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** The oldest session a device may send with its own date. */
    static final Duration MAX_AGE = Duration.ofDays(7);

    private SessionTime() {
    }

    /** The device's time when it is within the bounds, else now; null (no time given) is now. */
    static Instant of(Instant told, Instant now) {
        if (told == null || told.isAfter(now.plus(SKEW)) || told.isBefore(now.minus(MAX_AGE))) {
            return now;
        }
        // A clock a little ahead still does not date a session after it arrived.
        return told.isAfter(now) ? now : told;
    }
}
