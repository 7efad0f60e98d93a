package app.unknot.system;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address people reach the app at, for what leaves it (the QR code and address on a printed
 * sheet): {@code unknot.public-url} when it is set, else the address the current request came to.
 * Behind a proxy or load balancer, set it, so a sheet never prints an internal address.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${unknot.public-url:}") String configured) {
        this.base = configured.isBlank() ? null : checked(configured.strip());
    }

    /** The absolute address of a path of the app, such as {@code /routines/{id}}. */
    public String of(String path, Object... variables) {
        UriComponentsBuilder address = base == null ? ServletUriComponentsBuilder.fromCurrentContextPath()
            : UriComponentsBuilder.fromUriString(base);
        return address.path(path).buildAndExpand(variables).toUriString();
    }

    private static String checked(String url) {
        URI uri = URI.create(url);
        if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http")) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("unknot.public-url must be an absolute http(s) address without query: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
