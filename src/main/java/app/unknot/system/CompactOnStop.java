package app.unknot.system;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Deleted text leaves the H2 file at every graceful stop. While the file is open H2 reuses the space
 * of deleted rows without clearing it, and compacting it while open fails H2's own checks, so a
 * deleted routine's notes stay in the file's bytes until it is rewritten closed. Just before the pool
 * of an H2 file database closes (the web server has finished its requests and every bean that uses
 * the database is gone), this closes the database and rewrites the file with only what is live: what
 * {@code SHUTDOWN COMPACT} does, but uncompressed, so a deleted text's absence can be checked with grep.
 * Closing and rewriting may take {@code unknot.h2.compact-on-stop-timeout}; a stop cut short (by that
 * or a SIGKILL) leaves the database whole: every commit is already in the file, and the rewrite goes to
 * a new file that replaces the old one only once complete.
 */
@Component
class CompactOnStop implements DestructionAwareBeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(CompactOnStop.class);

    private final boolean enabled;
    private final Duration timeout;

    CompactOnStop(@Value("${unknot.h2.compact-on-stop:true}") boolean enabled,
                  @Value("${unknot.h2.compact-on-stop-timeout:10s}") Duration timeout) {
        this.enabled = enabled;
        this.timeout = timeout;
    }

    @Override
    public boolean requiresDestruction(Object bean) {
        return enabled && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && DurableH2.isFile(pool.getJdbcUrl());
    }

    @Override
    public void postProcessBeforeDestruction(Object bean, String beanName) {
        if (requiresDestruction(bean)) {
            compact((HikariDataSource) bean);
        }
    }

    private void compact(HikariDataSource pool) {
        long start = System.nanoTime();
        Connection own;
        Path file;
        long before;
        try {
            // A connection of the app's own keeps the database open while the pool closes, so the pool
            // only ever closes connections to an open database, and no pooled connection sees it shut.
            own = connect(pool);
            file = Path.of(databasePath(own) + ".mv.db");
            before = Files.size(file);
        }
        catch (SQLException | IOException | RuntimeException ex) {
            log.warn("The H2 file was not compacted at stop, so deleted text stays in it until a stop that does: {}", ex.toString());
            return;
        }
        pool.close();
        // H2 closes the database and truncates the file; the rewrite then copies what is live to a new
        // file that replaces the old one. Answers when the closing was done.
        var compacting = new FutureTask<Long>(() -> {
            try (own; Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            long closed = System.nanoTime();
            MVStoreTool.compact(file.toString(), false);
            return closed;
        });
        Thread thread = new Thread(compacting, "h2-compact-on-stop");
        // Should the timeout pass, the process ends without it.
        thread.setDaemon(true);
        thread.start();
        try {
            long closed = compacting.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long done = System.nanoTime();
            log.info("H2 file compacted at stop: {} KB to {} KB in {} ms (closing {} ms, rewriting {} ms) ({})", before / 1024,
                Files.size(file) / 1024, millis(done - start), millis(closed - start), millis(done - closed), file);
        }
        catch (TimeoutException ex) {
            log.warn("The H2 file {} was not compacted within {} ms of the stop; it stays as it was", file, timeout.toMillis());
        }
        catch (IOException | ExecutionException ex) {
            log.warn("The H2 file {} was not compacted at stop: {}", file, String.valueOf(ex.getCause() == null ? ex : ex.getCause()));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static Connection connect(HikariDataSource pool) throws SQLException {
        var credentials = new Properties();
        credentials.setProperty("user", pool.getUsername() == null ? "" : pool.getUsername());
        credentials.setProperty("password", pool.getPassword() == null ? "" : pool.getPassword());
        return org.h2.Driver.load().connect(pool.getJdbcUrl(), credentials);
    }

    private static String databasePath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); var result = statement.executeQuery("SELECT DATABASE_PATH()")) {
            result.next();
            return result.getString(1);
        }
    }
}
