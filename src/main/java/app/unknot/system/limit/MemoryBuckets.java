package app.unknot.system.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;

/**
 * Buckets in this instance's memory (the default, on H2: one instance). A bucket left alone for
 * an hour is full again, so it is dropped; the count bounds memory should addresses flood in.
 */
final class MemoryBuckets implements Buckets {

    private static final long MOST_CLIENTS = 100_000;

    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
        .expireAfterAccess(Duration.ofHours(1))
        .maximumSize(MOST_CLIENTS)
        .build();

    MemoryBuckets() {
        this(TimeMeter.SYSTEM_MILLISECONDS);
    }

    MemoryBuckets(TimeMeter clock) {
        this.clock = clock;
    }

    @Override
    public ConsumptionProbe take(Limit limit, String client) {
        Bucket bucket = buckets.get(limit.key(client), key -> {
            LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(clock);
            limit.bandwidths().forEach(builder::addLimit);
            return builder.build();
        });
        return bucket.tryConsumeAndReturnRemaining(1);
    }
}
