package app.unknot.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

/**
 * The app's cookies: out of reach of scripts (HttpOnly), not sent with requests other sites start
 * (SameSite=Lax), and over HTTPS never sent over plain HTTP (Secure). Behind a proxy that ends
 * HTTPS, the request counts as HTTPS when the app is told to read the forwarded headers.
 */
public final class SiteCookies {

    private SiteCookies() {
    }

    /** A cookie for the whole site; narrow its path or give it an age on what this returns. */
    public static ResponseCookie.ResponseCookieBuilder of(String name, String value, HttpServletRequest request) {
        return ResponseCookie.from(name, value).path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure());
    }
}
