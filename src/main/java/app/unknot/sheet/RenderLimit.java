package app.unknot.sheet;

import app.unknot.system.BusyException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most a few PDFs render at once, each a second or so of a core: more would slow every other
 * page. A request waits a little for its turn, then gets a 429 asking it to come back.
 */
final class RenderLimit {

    private final Semaphore turns;
    private final Duration wait;

    RenderLimit(int atOnce, Duration wait) {
        this.turns = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> rendering) {
        if (!turn()) {
            throw new BusyException("busy.pdf", (int) Math.max(1, wait.toSeconds()));
        }
        try {
            return rendering.get();
        }
        finally {
            turns.release();
        }
    }

    private boolean turn() {
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
