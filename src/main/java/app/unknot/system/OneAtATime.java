package app.unknot.system;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Work on one key (a routine's id) done one at a time in this process, such as counting what a
 * routine holds and then saving one more: two posts for the same routine cannot both see room for
 * the last one. Keys share a fixed set of locks, so memory stays the same however many keys there
 * are; two keys that share one only wait for each other for a moment. Each instance has its own, so
 * with several instances on one database a race may let one more in per other instance.
 */
public final class OneAtATime {

    private static final int LOCKS = 64;

    private final ReentrantLock[] locks = new ReentrantLock[LOCKS];

    public OneAtATime() {
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Runs the work once no other work on this key is running here, and answers what it answered. */
    public <T> T run(String key, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), LOCKS)];
        lock.lock();
        try {
            return work.get();
        }
        finally {
            lock.unlock();
        }
    }
}
