package app.unknot.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a page the cache of rendered pages keeps may still be served: a module whose pages can go
 * away (a deleted routine's, or a form that starts from one) says no, on every instance, and the
 * request renders afresh.
 */
public interface KeptPageCheck {

    /**
     * @param path the page's path within the app, such as {@code /routines/{id}/sheet}
     * @param request the request for it, for the parameters the page was rendered with
     */
    boolean stillStands(String path, HttpServletRequest request);
}
