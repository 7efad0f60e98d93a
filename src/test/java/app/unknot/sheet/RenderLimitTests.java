package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.system.BusyException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** While the renders allowed at once are busy, the next waits its time and is then told to come back. */
class RenderLimitTests {

    @Test
    void theNextRenderWaitsThenIsRefusedWhileTheOthersRun() throws Exception {
        var limit = new RenderLimit(1, Duration.ofMillis(100));
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> limit.run(() -> {
            started.countDown();
            await(release);
            return "first";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> limit.run(() -> "second")).isInstanceOfSatisfying(BusyException.class, busy -> {
            assertThat(busy.getMessageCode()).isEqualTo("busy.pdf");
            assertThat(busy.getRetryAfterSeconds()).isPositive();
        });

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(limit.run(() -> "third")).isEqualTo("third");
    }

    @Test
    void aRenderThatFailsGivesItsTurnBack() {
        var limit = new RenderLimit(1, Duration.ofMillis(10));
        assertThatThrownBy(() -> limit.run(() -> {
            throw new IllegalStateException("broken");
        })).hasMessage("broken");
        assertThat(limit.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
