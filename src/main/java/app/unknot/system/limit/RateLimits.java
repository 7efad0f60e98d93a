package app.unknot.system.limit;

import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits per client on what costs the app: every write (a routine, a version, a session, "again",
 * a delete: any request but a GET) and every PDF rendered. Two posts save nothing and are left out:
 * the adjust page's edits, shown again unsaved, and forgetting a routine on this device (a cookie).
 * Settings {@code unknot.rate-limit.*}; buckets in memory, or in the database with {@code store=database}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimits implements WebMvcConfigurer {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> READS = Set.of("GET");

    private final boolean enabled;
    private final Limit writes;
    private final Limit pdfs;
    private final String store;
    private final ObjectProvider<DataSource> dataSource;

    RateLimits(@Value("${unknot.rate-limit.enabled}") boolean enabled,
               @Value("${unknot.rate-limit.writes-per-minute}") int writesPerMinute,
               @Value("${unknot.rate-limit.writes-per-hour}") int writesPerHour,
               @Value("${unknot.rate-limit.pdfs-per-minute}") int pdfsPerMinute,
               @Value("${unknot.rate-limit.pdfs-per-hour}") int pdfsPerHour,
               @Value("${unknot.rate-limit.store}") String store,
               ObjectProvider<DataSource> dataSource) {
        this.enabled = enabled;
        this.writes = new Limit("writes", "busy.writes", writesPerMinute, writesPerHour);
        this.pdfs = new Limit("pdfs", "busy.sheets", pdfsPerMinute, pdfsPerHour);
        this.store = store;
        this.dataSource = dataSource;
    }

    /** Turned off, no buckets are made: a web slice test has no database to keep them in. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!enabled) {
            return;
        }
        Buckets buckets = switch (store) {
            case "memory" -> new MemoryBuckets();
            case "database" -> new DatabaseBuckets(dataSource.getObject());
            default -> throw new IllegalArgumentException("unknot.rate-limit.store is memory or database, not " + store);
        };
        registry.addInterceptor(new RateLimitInterceptor(writes, WRITES, buckets))
            .excludePathPatterns("/routines/{id}/adjust", "/routines/forget");
        registry.addInterceptor(new RateLimitInterceptor(pdfs, READS, buckets))
            .addPathPatterns("/routines/{id}/sheet.pdf");
    }
}
