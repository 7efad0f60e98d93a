package app.unknot.system.web;

import app.unknot.system.KeptPageCheck;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The app's own servlet filters, in order: correlation id first (so everything after is logged
 * with it), then security headers, then the cap on one client's requests in flight (before anything
 * costly), then the private pages' Cache-Control, then the language (so everything after reads the
 * same one), then the refusal of changes sent from another site (before any body is read), then the
 * request guard (after Boot's character encoding filter, because the guard is the first to parse
 * parameters), then the rendered pages, then the ETags of a saved routine's JSON. The correlation id,
 * the security headers, the private pages' Cache-Control and the language also run on the error
 * dispatch, so error pages carry the same id, headers and language.
 */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        return registration(new RequestIdFilter(), Ordered.HIGHEST_PRECEDENCE,
            EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return registration(new SecurityHeadersFilter(), Ordered.HIGHEST_PRECEDENCE + 1,
            EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
    }

    @Bean
    FilterRegistrationBean<InFlightLimitFilter> inFlightLimitFilter(@Value("${unknot.request.max-in-flight-per-client}") int maxPerClient,
                                                                    MessageSource messages) {
        return registration(new InFlightLimitFilter(maxPerClient, messages), Ordered.HIGHEST_PRECEDENCE + 2, EnumSet.of(DispatcherType.REQUEST));
    }

    @Bean
    FilterRegistrationBean<PrivatePages> privatePages() {
        return registration(new PrivatePages(), Ordered.HIGHEST_PRECEDENCE + 3,
            EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
    }

    /**
     * Before the request guard, which may wait for a form's body: a client over its share of
     * requests in flight is refused before it can hold another thread.
     */
    @Bean
    FilterRegistrationBean<LanguageFilter> languageFilter() {
        return registration(new LanguageFilter(), Ordered.HIGHEST_PRECEDENCE + 4,
            EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
    }

    @Bean
    FilterRegistrationBean<CrossSitePostFilter> crossSitePostFilter(@Value("${unknot.public-url:}") String publicUrl) {
        return registration(new CrossSitePostFilter(publicUrl), Ordered.HIGHEST_PRECEDENCE + 5,
            EnumSet.of(DispatcherType.REQUEST));
    }

    @Bean
    FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(@Value("${unknot.request.max-body-size}") DataSize maxBodySize,
                                                                  @Value("${unknot.request.body-deadline}") Duration bodyDeadline) {
        return registration(new RequestGuardFilter(maxBodySize, bodyDeadline), Ordered.HIGHEST_PRECEDENCE + 6,
            EnumSet.of(DispatcherType.REQUEST));
    }

    /**
     * The pages that cannot change while the app runs: the catalog's (it changes only through
     * migrations) and a saved routine's sheet, PDF and steps. Not the routine's own page,
     * which may carry a flash message, nor anything a form posts to.
     */
    @Bean
    FilterRegistrationBean<RenderedPages> renderedPages(ObjectProvider<KeptPageCheck> checks) {
        return registration(new RenderedPages(() -> checks.orderedStream().toList(), "/", "/techniques", "/techniques/{slug}", "/conditions", "/routines/new",
                "/api/body-areas", "/api/tools", "/api/conditions", "/api/red-flags", "/api/techniques",
                "/api/techniques/{slug}", "/routines/{id}/sheet", "/routines/{id}/sheet.pdf", "/routines/{id}/steps/{n}",
                "/routines/{id}/finish"),
            Ordered.HIGHEST_PRECEDENCE + 7, EnumSet.of(DispatcherType.REQUEST));
    }

    /**
     * A saved routine's JSON names the routines it was made or adjusted from, which may be deleted
     * later, so it is rendered each time; its ETag, taken from what was rendered, still saves a
     * client that has it the download (a 304). It is private ({@link PrivatePages}: no-store), which
     * keeps it out of caches; a client that remembers the tag itself may still ask with it.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> routineJsonETags() {
        ShallowEtagHeaderFilter eTags = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                // Only a GET gets an ETag: a POST's answer need not be held back and copied.
                return !"GET".equals(request.getMethod());
            }

            @Override
            protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int status,
                                                InputStream body) {
                // Spring's own check leaves out no-store answers, which every one here is.
                return !response.isCommitted() && status >= 200 && status < 300;
            }
        };
        var registration = registration(eTags, Ordered.HIGHEST_PRECEDENCE + 8, EnumSet.of(DispatcherType.REQUEST));
        registration.addUrlPatterns("/api/routines/*");
        return registration;
    }

    private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int order, EnumSet<DispatcherType> types) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setDispatcherTypes(types);
        return registration;
    }
}
