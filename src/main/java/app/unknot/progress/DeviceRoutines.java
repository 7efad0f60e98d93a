package app.unknot.progress;

import app.unknot.system.RandomIds;
import app.unknot.system.SiteCookies;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * The routines this browser built or opened, newest first, kept in a cookie of their ids: no account
 * and nothing that names the person, and every instance reads the same list.
 */
final class DeviceRoutines {

    static final String COOKIE = "unknot_routines";
    /** Enough for anyone's own routines, and well inside a cookie's 4 KB. */
    static final int MOST = 30;
    /** Browsers keep a cookie for 400 days at most. */
    private static final Duration KEPT = Duration.ofDays(400);

    private DeviceRoutines() {
    }

    /** The ids in the cookie, newest first; anything that is not an id is ignored. */
    static List<String> ids(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(COOKIE)).findFirst()
            .map(cookie -> Arrays.stream(cookie.getValue().split("\\.")).filter(RandomIds::wellFormed).distinct()
                .limit(MOST).toList())
            .orElse(List.of());
    }

    /** Puts the routine first in the list. */
    static void remember(String id, HttpServletRequest request, HttpServletResponse response) {
        List<String> ids = new ArrayList<>(ids(request));
        if (!ids.isEmpty() && ids.get(0).equals(id)) {
            return;
        }
        ids.remove(id);
        ids.add(0, id);
        write(ids.subList(0, Math.min(MOST, ids.size())), request, response);
    }

    static void forget(String id, HttpServletRequest request, HttpServletResponse response) {
        List<String> ids = new ArrayList<>(ids(request));
        ids.remove(id);
        keepOnly(ids, request, response);
    }

    /** Keeps only these of the listed ids, in the list's order; writes the cookie only when that changes it. */
    static void keepOnly(List<String> kept, HttpServletRequest request, HttpServletResponse response) {
        List<String> ids = ids(request);
        if (!kept.equals(ids)) {
            write(ids.stream().filter(kept::contains).toList(), request, response);
        }
    }

    private static void write(List<String> ids, HttpServletRequest request, HttpServletResponse response) {
        var cookie = SiteCookies.of(COOKIE, String.join(".", ids), request).maxAge(ids.isEmpty() ? Duration.ZERO : KEPT).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
