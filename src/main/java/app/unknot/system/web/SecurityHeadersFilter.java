package app.unknot.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every response: pages, API, static files and error responses alike.
 * Set before the chain runs, so they are already there when a handler or the container fails.
 * Behind a proxy that ends HTTPS, a request counts as HTTPS when the app is told to read the
 * forwarded headers ({@code server.forward-headers-strategy=native}).
 */
class SecurityHeadersFilter extends AlsoOnErrorPages {

    /** Everything comes from this origin; no inline script or style, no plugins, no framing. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /** No powerful features, except keeping the screen awake during a walkthrough and full screen. */
    static final String PERMISSIONS_POLICY = String.join(", ",
        "accelerometer=()", "bluetooth=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()",
        "hid=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()", "publickey-credentials-get=()",
        "serial=()", "usb=()", "xr-spatial-tracking=()", "fullscreen=(self)", "screen-wake-lock=(self)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (request.isSecure()) {
            // Only over HTTPS (a browser ignores it over HTTP): from now on, this host over HTTPS only, for a year.
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
