package app.unknot.system.web;

import app.unknot.system.KeptPageCheck;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers GETs for pages that cannot change while the app runs from their rendered bytes: the
 * catalog only changes through migrations, and a saved routine never changes (its re-screening
 * reads the same catalog). The first request renders, and any asking for the same page meanwhile
 * wait for that render; later ones are served from memory. Every such answer carries a strong ETag
 * and {@code Cache-Control: no-cache} ({@code private, no-cache} for a saved routine's pages, see
 * {@link PrivatePages}), so a browser keeps it and asks again cheaply: a matching
 * {@code If-None-Match} is a 304 with no body.
 *
 * <p>The key is everything the page may depend on: address and query, the host it was asked of
 * (sheets print it when no public address is set), the language and the Accept header. Answers
 * that set a cookie (a flash message being used up) or are not 200 are never kept, nor is any
 * request that brings the flash cookie. Memory is bounded: least used pages go first. A kept page
 * is served only while every {@link KeptPageCheck} says it still stands (a routine can be deleted).
 */
class RenderedPages extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RenderedPages.class);

    /** Every catalog page many times over and about a thousand sheets and PDFs; beyond it, the least used go. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final String CACHE_CONTROL = "no-cache";
    /** Headers of the answer that belong to this request alone, or are set on every request anyway. */
    private static final List<String> NOT_KEPT = List.of(RequestId.HEADER, HttpHeaders.SET_COOKIE,
        HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.CACHE_CONTROL);

    private record Page(byte[] body, String eTag, Map<String, List<String>> headers) {
    }

    private final List<PathPattern> immutable;
    private final Supplier<List<KeptPageCheck>> checks;
    private final Cache<String, Page> pages = Caffeine.newBuilder()
        .maximumWeight(MAX_BYTES)
        .weigher((String key, Page page) -> key.length() + page.body().length)
        .build();
    /** The pages being rendered now, each by the first request that asked for it. */
    private final ConcurrentMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

    /** @param checks looked up on the first request: they need beans that do not exist yet while filters start */
    RenderedPages(Supplier<List<KeptPageCheck>> checks, String... patterns) {
        this.checks = SingletonSupplier.of(checks);
        var parser = new PathPatternParser();
        this.immutable = Arrays.stream(patterns).map(parser::parse).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || hasCookie(request, CookieFlashMapManager.COOKIE)) {
            return true;
        }
        var path = PathContainer.parsePath(
            request.getRequestURI().substring(request.getContextPath().length()));
        return immutable.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Page page = kept(key, request);
        if (page == null) {
            // One render per page at a time: a popular sheet asked for by many at once, just after a start,
            // is rendered once while the others wait for it, rather than each rendering it again.
            var ours = new CompletableFuture<Page>();
            CompletableFuture<Page> theirs = rendering.putIfAbsent(key, ours);
            page = theirs == null ? null : theirs.join();
            if (page == null) {
                try {
                    page = render(key, request, response, chain);
                }
                finally {
                    if (theirs == null) {
                        rendering.remove(key, ours);
                        ours.complete(page);
                    }
                }
                if (page == null) {
                    return;
                }
            }
        }
        answer(page, request, response);
    }

    /** The kept page, while it still stands. */
    private Page kept(String key, HttpServletRequest request) {
        Page page = pages.getIfPresent(key);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (page != null && !checks.get().stream().allMatch(check -> check.stillStands(path, request))) {
            pages.invalidate(key);
            return null;
        }
        return page;
    }

    /** Renders the page and keeps it; an answer that may not be kept goes out as it is, and is null. */
    private Page render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (rendering.getStatus() != HttpServletResponse.SC_OK || rendering.getHeader(HttpHeaders.SET_COOKIE) != null) {
            rendering.copyBodyToResponse();
            return null;
        }
        return keep(key, rendering);
    }

    private Page keep(String key, ContentCachingResponseWrapper rendering) {
        byte[] body = rendering.getContentAsByteArray();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        rendering.getHeaderNames().stream().filter(name -> NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase))
            .forEach(name -> headers.put(name, List.copyOf(rendering.getHeaders(name))));
        if (rendering.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(rendering.getContentType()));
        }
        Page page = new Page(body, eTag(body), headers);
        pages.put(key, page);
        return page;
    }

    private static void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setHeader(HttpHeaders.ETAG, page.eTag());
        response.setHeader(HttpHeaders.CACHE_CONTROL,
            PrivatePages.isPrivate(request) ? PrivatePages.REVALIDATE_PRIVATELY : CACHE_CONTROL);
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && Arrays.stream(asked.split(",")).map(String::strip).anyMatch(page.eTag()::equals)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(page.body().length);
        try {
            response.getOutputStream().write(page.body());
        }
        catch (IOException hungUp) {
            // The client closed the connection while the page went out (a PDF download cancelled):
            // nothing is wrong with the app, so no error and no stack trace, one line at debug level.
            log.debug("The client hung up during {}: {}", request.getRequestURI(), hungUp.toString());
        }
    }

    private static String key(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
            + request.getRequestURI() + "?" + request.getQueryString() + "|" + request.getLocale().toLanguageTag()
            + "|" + request.getHeader(HttpHeaders.ACCEPT);
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        return request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(cookie -> cookie.getName().equals(name));
    }

    /** A strong validator: the same bytes, the same tag, on every instance. */
    private static String eTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java", ex);
        }
    }
}
