package app.unknot.routine.web;

import app.unknot.routine.RoutineService;
import app.unknot.system.KeptPageCheck;
import app.unknot.system.NotFoundException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A kept step page is not served to a visit that has yet to answer the warning signs its routine had
 * not asked: the walkthrough sends that visit to ask them first ({@link SignsController}).
 */
@Component
class UnaskedSignsPages implements KeptPageCheck {

    private static final Pattern STEP = Pattern.compile("^/routines/([A-Za-z0-9_-]{22})/steps/.*$");

    private final RoutineService routines;

    UnaskedSignsPages(RoutineService routines) {
        this.routines = routines;
    }

    @Override
    public boolean stillStands(String path, HttpServletRequest request) {
        Matcher step = STEP.matcher(path);
        if (!step.matches() || checked(request)) {
            return true;
        }
        try {
            return routines.unaskedSigns(step.group(1)).isEmpty();
        }
        catch (NotFoundException deleted) {
            // DeletedRoutinePages answers for a routine that is gone.
            return true;
        }
    }

    private static boolean checked(HttpServletRequest request) {
        return request.getCookies() != null && Arrays.stream(request.getCookies())
            .anyMatch((Cookie cookie) -> cookie.getName().equals(RoutineService.SIGNS_CHECKED_COOKIE));
    }
}
