package app.unknot.system.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How much of one kind of request a client may make: a burst per minute and a total per hour, each
 * a token bucket refilled steadily, so a refused client may go on after a few seconds, not at the
 * top of the hour.
 *
 * @param name what is counted, and the message code of the 429 that refuses it
 */
record Limit(String name, String messageCode, int perMinute, int perHour) {

    Limit {
        if (perMinute < 1 || perHour < 1) {
            throw new IllegalArgumentException(name + ": a limit allows at least one request a minute and an hour");
        }
    }

    List<Bandwidth> bandwidths() {
        return List.of(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build(),
            Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build());
    }

    BucketConfiguration configuration() {
        return new BucketConfiguration(bandwidths());
    }

    /**
     * The bucket's key. It names the numbers too: a bucket kept in the database holds the numbers
     * it was made with, so when the settings change, a client starts a new bucket with the new ones.
     */
    String key(String client) {
        return name + ":" + perMinute + "/" + perHour + ":" + client;
    }

    /** Whole seconds until the next request would be let through, at least one. */
    static int retryAfterSeconds(ConsumptionProbe refused) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(refused.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, seconds));
    }
}
