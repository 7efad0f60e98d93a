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
 * The rewrite goes to a new file that replaces the old one only when complete, so a stop cut short
 * (the timeout, a SIGKILL) leaves the database as it was.
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
        Path file;
        // A connection of the app's own keeps the database open while the pool closes, so the pool
        // only ever closes connections to an open database, and no pooled connection sees it shut.
        try (Connection own = connect(pool)) {
            file = Path.of(databasePath(own) + ".mv.db");
            pool.close();
            try (Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
        catch (SQLException | RuntimeException ex) {
            log.warn("The H2 file was not compacted at stop, so deleted text stays in it until a stop that does: {}", ex.toString());
            return;
        }
        rewrite(file, start);
    }

    private void rewrite(Path file, long start) {
        try {
            long before = Files.size(file);
            var rewriting = new FutureTask<Void>(() -> MVStoreTool.compact(file.toString(), false), null);
            Thread thread = new Thread(rewriting, "h2-compact-on-stop");
            // Should the timeout pass, the process may end without it.
            thread.setDaemon(true);
            thread.start();
            rewriting.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("H2 file compacted at stop: {} KB to {} KB in {} ms ({})", before / 1024, Files.size(file) / 1024,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), file);
        }
        catch (TimeoutException ex) {
            log.warn("The H2 file {} was not compacted within {} s of the stop; it stays as it was", file, timeout.toSeconds());
        }
        catch (IOException | ExecutionException ex) {
            log.warn("The H2 file {} was not compacted at stop: {}", file, String.valueOf(ex.getCause() == null ? ex : ex.getCause()));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
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
