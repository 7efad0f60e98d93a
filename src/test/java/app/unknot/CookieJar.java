package app.unknot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.web.servlet.client.ExchangeResult;

/** The cookies a browser would send next: what the answers so far have set, and not yet deleted. */
public final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Takes in this answer's Set-Cookie headers; answers it for chaining. */
    public CookieJar after(ExchangeResult answer) {
        answer.getResponseCookies().forEach((name, set) -> set.forEach(cookie -> {
            if (cookie.getMaxAge().isZero() || cookie.getValue().isEmpty()) {
                cookies.remove(name);
            }
            else {
                cookies.put(name, cookie.getValue());
            }
        }));
        return this;
    }

    /** The Cookie header to send: empty when there is nothing to send. */
    public String header() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
