package app.unknot.system;

/**
 * Whether a page the cache of rendered pages keeps may still be served: a module whose pages can go
 * away (a deleted routine's) says no, on every instance, and the request renders afresh.
 */
public interface KeptPageCheck {

    /** @param path the page's path within the app, such as {@code /routines/{id}/sheet} */
    boolean stillStands(String path);
}
