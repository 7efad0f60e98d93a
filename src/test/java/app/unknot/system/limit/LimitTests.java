package app.unknot.system.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A burst per minute and a total per hour, each refilled steadily, per client and per kind of request. */
class LimitTests {

    /** A clock the test moves. */
    static final class Clock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration time) {
            nanos += time.toNanos();
        }
    }

    private final Clock clock = new Clock();
    private final MemoryBuckets buckets = new MemoryBuckets(clock);

    @ParameterizedTest(name = "{0} a minute, {1} an hour: {3} of {2} at once, then wait {4} s")
    @CsvSource({
        // per minute, per hour, asked at once, let through, Retry-After of the next
        "30, 300, 31, 30, 2",
        "3,  100,  5,  3, 20",
        "20, 200, 21, 20, 3",
        "30,  20, 25, 20, 180",
        "1,    1,  3,  1, 3600",
    })
    void aBurstIsLetThroughUpToTheSmallerBucket(int perMinute, int perHour, int asked, int letThrough, int retryAfter) {
        Limit limit = new Limit("writes", "busy.writes", perMinute, perHour);

        List<ConsumptionProbe> answers = new ArrayList<>();
        for (int i = 0; i < asked; i++) {
            answers.add(buckets.take(limit, "203.0.113.7"));
        }

        assertThat(answers.stream().filter(ConsumptionProbe::isConsumed)).hasSize(letThrough);
        assertThat(answers.subList(0, letThrough)).allMatch(ConsumptionProbe::isConsumed);
        assertThat(Limit.retryAfterSeconds(answers.get(letThrough))).isEqualTo(retryAfter);
    }

    @Test
    void aRefusedClientMayGoOnOnceItsRetryAfterHasPassed() {
        Limit limit = new Limit("writes", "busy.writes", 3, 100);
        takeAll(limit, "203.0.113.7", 3);
        ConsumptionProbe refused = buckets.take(limit, "203.0.113.7");
        assertThat(refused.isConsumed()).isFalse();

        clock.pass(Duration.ofSeconds(Limit.retryAfterSeconds(refused)));

        assertThat(buckets.take(limit, "203.0.113.7").isConsumed()).isTrue();
        assertThat(buckets.take(limit, "203.0.113.7").isConsumed()).isFalse();
    }

    @Test
    void theHourlyTotalHoldsAcrossMinutes() {
        Limit limit = new Limit("writes", "busy.writes", 30, 300);
        int letThrough = 0;
        for (int minute = 0; minute < 60; minute++) {
            letThrough += takeAll(limit, "203.0.113.7", 30);
            clock.pass(Duration.ofMinutes(1));
        }
        // 300 at first, then the hour's bucket fills again by 5 a minute: about 300 + 59 * 5.
        assertThat(letThrough).isBetween(300 + 58 * 5, 300 + 60 * 5);
    }

    @Test
    void eachClientAndEachKindHasItsOwnBucket() {
        Limit writes = new Limit("writes", "busy.writes", 2, 100);
        Limit pdfs = new Limit("pdfs", "busy.sheets", 2, 100);
        takeAll(writes, "203.0.113.7", 2);

        assertThat(buckets.take(writes, "203.0.113.7").isConsumed()).isFalse();
        assertThat(buckets.take(writes, "203.0.113.8").isConsumed()).isTrue();
        assertThat(buckets.take(pdfs, "203.0.113.7").isConsumed()).isTrue();
    }

    @Test
    void newNumbersStartNewBuckets() {
        assertThat(new Limit("writes", "busy.writes", 30, 300).key("203.0.113.7"))
            .isNotEqualTo(new Limit("writes", "busy.writes", 60, 300).key("203.0.113.7"))
            .isNotEqualTo(new Limit("writes", "busy.writes", 30, 600).key("203.0.113.7"));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0", "-1, 10"})
    void aLimitLetsSomethingThrough(int perMinute, int perHour) {
        assertThatThrownBy(() -> new Limit("writes", "busy.writes", perMinute, perHour))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} ns to wait is Retry-After {1}")
    @CsvSource({"0, 1", "1, 1", "999999999, 1", "1000000000, 1", "1000000001, 2", "12000000000, 12"})
    void retryAfterIsRoundedUpToWholeSeconds(long nanos, int seconds) {
        assertThat(Limit.retryAfterSeconds(ConsumptionProbe.rejected(0, nanos, nanos))).isEqualTo(seconds);
    }

    private int takeAll(Limit limit, String client, int times) {
        int consumed = 0;
        for (int i = 0; i < times; i++) {
            consumed += buckets.take(limit, client).isConsumed() ? 1 : 0;
        }
        return consumed;
    }
}
