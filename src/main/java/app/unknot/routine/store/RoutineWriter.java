package app.unknot.routine.store;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.springframework.stereotype.Component;

/**
 * Saves routines with group commit: while one transaction is being written, the routines that
 * arrive meanwhile wait and go together in the next one. A caller returns only once the commit
 * holding its routine is done, so every 201 is still a durable save, but a database that writes
 * commits one at a time (H2 with {@code WRITE_DELAY=0}) is no longer the limit on saves per second.
 * On its own, a routine is committed at once. A group that fails is retried one routine at a time,
 * so one bad routine fails alone. One writer is enough: more were slower on H2 and PostgreSQL alike.
 *
 * <p>It inserts through a stateless session, on a connection of its own from the pool: a new routine
 * needs no persistence context, no dirty checking and no flush. Its steps and exclusions go with it.
 */
@Component
public class RoutineWriter {

    /** At most this many routines share a commit. */
    static final int MAX_GROUP = 64;

    private record Pending(RoutineEntity routine, CompletableFuture<Void> saved) {
    }

    private final SessionFactory sessions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    RoutineWriter(EntityManagerFactory entities) {
        this.sessions = entities.unwrap(SessionFactory.class);
        this.writer = new Thread(this::writeUntilClosed, "routine-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Saves the routine and returns once it is committed; throws what the save threw. */
    public void save(RoutineEntity routine) {
        if (!open) {
            throw new IllegalStateException("The app is shutting down; the routine was not saved");
        }
        var pending = new Pending(routine, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.saved().join();
        }
        catch (CompletionException ex) {
            throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
        }
    }

    /** After the web server has let the requests in flight finish: writes what is left, then stops. */
    @PreDestroy
    void close() throws InterruptedException {
        open = false;
        writer.join(TimeUnit.SECONDS.toMillis(30));
        // A save that slipped in as the writer stopped must not wait for ever.
        List<Pending> stranded = new ArrayList<>();
        queue.drainTo(stranded);
        stranded.forEach(pending -> pending.saved().completeExceptionally(
            new IllegalStateException("The app shut down before the routine was saved")));
    }

    private void writeUntilClosed() {
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending> group = new ArrayList<>(List.of(first));
                    queue.drainTo(group, MAX_GROUP - 1);
                    write(group);
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<Pending> group) {
        try {
            insert(group);
            group.forEach(pending -> pending.saved().complete(null));
        }
        catch (RuntimeException ex) {
            if (group.size() == 1) {
                group.get(0).saved().completeExceptionally(ex);
            }
            else {
                group.forEach(pending -> write(List.of(pending)));
            }
        }
    }

    private void insert(List<Pending> group) {
        try (StatelessSession session = sessions.openStatelessSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                // In JDBC batches, one per table.
                session.insertMultiple(group.stream().map(Pending::routine).toList());
                transaction.commit();
            }
            catch (RuntimeException ex) {
                transaction.rollback();
                throw ex;
            }
        }
    }
}
