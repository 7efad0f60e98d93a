package app.unknot.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * A 201 is a promise, wherever the database lives: any H2 database the app opens from a file is
 * opened with {@code WRITE_DELAY=0}, so each commit is in the file before its answer goes out (H2
 * otherwise writes it up to half a second later, and a killed process loses it). The app sets it on
 * the pool's address before the pool opens, whatever address was configured: the default, one under
 * {@code UNKNOT_DATA_DIR}, or a full {@code spring.datasource.url} typed by hand.
 *
 * <p>It also sets {@code DB_CLOSE_ON_EXIT=FALSE}: H2's own exit hook would otherwise close the database
 * as soon as a stop begins, under the requests the web server is still letting finish; the app closes
 * it itself, last ({@link CompactOnStop}). (Not with {@code AUTO_SERVER=TRUE}, which H2 refuses it with.)
 */
@Component
class DurableH2 implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DurableH2.class);
    private static final String H2 = "jdbc:h2:";
    /** Databases not in a file this process writes: in memory, on a server, read-only in a zip. */
    private static final String[] NOT_A_FILE = {"mem:", "tcp:", "ssl:", "zip:"};
    private static final String SETTING = "WRITE_DELAY";
    private static final String CLOSE_ON_EXIT = "DB_CLOSE_ON_EXIT";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            String configured = pool.getJdbcUrl();
            String durable = url(configured);
            String delay = delay(configured);
            if (delay != null && !durable.equals(configured)) {
                log.warn("{}={} in the database address is replaced by 0: each commit is written before its answer", SETTING, delay);
            }
            pool.setJdbcUrl(durable);
        }
        return bean;
    }

    /**
     * The address with {@code WRITE_DELAY=0} and {@code DB_CLOSE_ON_EXIT=FALSE} in place of any other,
     * for an H2 file database; any other address as it is.
     */
    static String url(String url) {
        if (!isFile(url)) {
            return url;
        }
        String[] parts = url.split(";");
        boolean autoServer = Arrays.stream(parts).skip(1).anyMatch(setting -> is("AUTO_SERVER", setting)
            && setting.substring(setting.indexOf('=') + 1).trim().equalsIgnoreCase("TRUE"));
        String settings = Arrays.stream(parts).skip(1).filter(setting -> !isDelay(setting) && (autoServer || !is(CLOSE_ON_EXIT, setting)))
            .map(setting -> ";" + setting).collect(Collectors.joining());
        return parts[0] + settings + ";" + SETTING + "=0" + (autoServer ? "" : ";" + CLOSE_ON_EXIT + "=FALSE");
    }

    /** Whether the address names an H2 database in a file this process opens itself. */
    static boolean isFile(String url) {
        return url.regionMatches(true, 0, H2, 0, H2.length())
            && Stream.of(NOT_A_FILE).noneMatch(kind -> url.regionMatches(true, H2.length(), kind, 0, kind.length()));
    }

    private static String delay(String url) {
        return Arrays.stream(url.split(";")).skip(1).filter(DurableH2::isDelay).map(setting -> setting.substring(setting.indexOf('=') + 1))
            .reduce((first, last) -> last).orElse(null);
    }

    private static boolean isDelay(String setting) {
        return is(SETTING, setting);
    }

    private static boolean is(String name, String setting) {
        int equals = setting.indexOf('=');
        return equals > 0 && setting.substring(0, equals).trim().toUpperCase(Locale.ROOT).equals(name);
    }
}
