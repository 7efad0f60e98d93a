package app.unknot.routine.web;

import app.unknot.routine.RoutineService;
import app.unknot.system.KeptPageCheck;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A deleted routine's kept pages (steps, sheet, PDF, finish) are no longer served, on any instance,
 * nor is the form that makes a routine again from it or starts someone else's from its steps.
 */
@Component
class DeletedRoutinePages implements KeptPageCheck {

    private static final Pattern ROUTINE_PAGE = Pattern.compile("^/routines/([A-Za-z0-9_-]{22})(?:/.*)?$");
    private static final String NEW_ROUTINE = "/routines/new";
    /** The builder form's parameters that name a routine: see {@link RoutineController}. */
    private static final List<String> STARTING_POINTS = List.of("from", "startFrom");

    private final RoutineService routines;

    DeletedRoutinePages(RoutineService routines) {
        this.routines = routines;
    }

    @Override
    public boolean stillStands(String path, HttpServletRequest request) {
        if (path.equals(NEW_ROUTINE)) {
            return STARTING_POINTS.stream().map(request::getParameter).filter(Objects::nonNull).allMatch(routines::exists);
        }
        Matcher routine = ROUTINE_PAGE.matcher(path);
        return !routine.matches() || routines.exists(routine.group(1));
    }
}
