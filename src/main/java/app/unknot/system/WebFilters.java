package app.unknot.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The app's own servlet filters, in order: correlation id first (so everything after is logged
 * with it), then security headers, then the request guard (after Boot's character encoding filter,
 * because the guard is the first to parse parameters). The first two also run on the error
 * dispatch, so error pages carry the same id and headers.
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
    FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(@Value("${unknot.request.max-body-size}") DataSize maxBodySize) {
        return registration(new RequestGuardFilter(maxBodySize), Ordered.HIGHEST_PRECEDENCE + 2,
            EnumSet.of(DispatcherType.REQUEST));
    }

    private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int order, EnumSet<DispatcherType> types) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        registration.setDispatcherTypes(types);
        return registration;
    }
}
