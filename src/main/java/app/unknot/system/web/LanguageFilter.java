package app.unknot.system.web;

import app.unknot.system.SiteCookies;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Settles each request's language ({@link Languages}) before anything else reads it, so the pages,
 * the pages kept in memory (keyed by it) and the sheets all agree: {@code request.getLocale()} is
 * that language from here on, and Spring's locale is the request's. {@code ?lang=es} on any address
 * chooses a language: it is remembered for a year and the address is answered with a redirect to
 * itself without the parameter, so each page has one address whatever the language.
 */
class LanguageFilter extends AlsoOnErrorPages {

    static final String PARAMETER = "lang";
    static final String COOKIE = "unknot-lang";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String chosen = chosenNow(request);
        if (chosen != null) {
            if (Languages.speaks(chosen)) {
                response.addHeader(HttpHeaders.SET_COOKIE, SiteCookies.of(COOKIE, chosen, request).maxAge(REMEMBERED).build().toString());
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, withoutChoice(request));
            return;
        }
        chain.doFilter(new InLanguage(request, localeOf(request)), response);
    }

    /** The request's language and country, from the visitor's choice and the browser's. */
    static Locale localeOf(HttpServletRequest request) {
        var cookie = WebUtils.getCookie(request, COOKIE);
        return Languages.resolve(cookie == null ? null : cookie.getValue(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * A choice made in this request's address: only a GET or HEAD asks for a page in another language.
     * Read from the raw query, not Tomcat's parameters: junk there is the request guard's to refuse.
     */
    private static String chosenNow(HttpServletRequest request) {
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        String query = request.getQueryString();
        if (!reading || request.getDispatcherType() != DispatcherType.REQUEST || query == null || !query.contains(PARAMETER + "=")) {
            return null;
        }
        return UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().getFirst(PARAMETER);
    }

    private static String withoutChoice(HttpServletRequest request) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
            .replaceQueryParam(PARAMETER).build(true).toUriString();
    }

    /** The request as everything after this filter sees it: in the settled language. */
    private static final class InLanguage extends HttpServletRequestWrapper {

        private final Locale locale;

        InLanguage(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
