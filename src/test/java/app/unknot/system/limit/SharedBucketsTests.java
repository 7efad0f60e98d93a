package app.unknot.system.limit;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL (the tests run with SPRING_PROFILES_ACTIVE=postgres) two instances, each with its
 * own buckets over the one database, hold a client to one limit between them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EnabledIfEnvironmentVariable(named = "SPRING_PROFILES_ACTIVE", matches = ".*postgres.*")
class SharedBucketsTests {

    @Autowired
    DataSource dataSource;

    @Test
    void twoInstancesShareOneLimit() {
        Buckets one = new DatabaseBuckets(dataSource);
        Buckets other = new DatabaseBuckets(dataSource);
        Limit limit = new Limit("writes", "busy.writes", 3, 50);
        String client = RateLimitTests.someAddress();

        assertThat(one.take(limit, client).isConsumed()).isTrue();
        assertThat(other.take(limit, client).isConsumed()).isTrue();
        assertThat(one.take(limit, client).isConsumed()).isTrue();

        assertThat(other.take(limit, client).isConsumed()).isFalse();
        assertThat(one.take(limit, client).isConsumed()).isFalse();
        assertThat(other.take(limit, RateLimitTests.someAddress()).isConsumed()).isTrue();
    }

    @Test
    void aBucketKeptInTheDatabaseIsDueToGoOnceFull() {
        Limit limit = new Limit("writes", "busy.writes", 3, 50);
        String client = RateLimitTests.someAddress();
        long before = System.currentTimeMillis();

        new DatabaseBuckets(dataSource).take(limit, client);

        Long expiresAt = new JdbcTemplate(dataSource).queryForObject(
            "select expires_at from " + DatabaseBuckets.TABLE + " where id = ?", Long.class, limit.key(client));
        // One token of the hour's 50 comes back in 72 s (the minute's in 20 s): then the bucket is full.
        assertThat(expiresAt).isBetween(before + 60_000, before + 80_000);
    }
}
