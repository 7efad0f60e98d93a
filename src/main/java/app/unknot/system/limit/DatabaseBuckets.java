package app.unknot.system.limit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Buckets in PostgreSQL (table {@value #TABLE}), so a client meets the same limit whichever
 * instance answers it: each take reads and writes its row under a row lock. A row is due to go
 * once its bucket would be full again; due rows are deleted now and then by whichever request comes.
 */
final class DatabaseBuckets implements Buckets {

    static final String TABLE = "rate_limit_bucket";
    private static final long CLEAN_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();
    private static final int CLEAN_BATCH = 1000;
    private static final int MOST_BATCHES = 10;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AtomicLong lastCleaned = new AtomicLong(System.currentTimeMillis());

    DatabaseBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table(TABLE)
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .build();
    }

    @Override
    public ConsumptionProbe take(Limit limit, String client) {
        cleanWhenDue();
        return buckets.builder().build(limit.key(client), limit::configuration).tryConsumeAndReturnRemaining(1);
    }

    private void cleanWhenDue() {
        long last = lastCleaned.get();
        long now = System.currentTimeMillis();
        if (now - last < CLEAN_EVERY_MILLIS || !lastCleaned.compareAndSet(last, now)) {
            return;
        }
        for (int batch = 0; batch < MOST_BATCHES && buckets.removeExpired(CLEAN_BATCH) == CLEAN_BATCH; batch++) {
            // Another full batch was due; the rest wait for the next turn.
        }
    }
}
