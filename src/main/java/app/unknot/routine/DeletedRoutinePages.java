package app.unknot.routine;

import app.unknot.system.KeptPageCheck;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** A deleted routine's kept pages (steps, sheet, PDF, finish, JSON) are no longer served, on any instance. */
@Component
class DeletedRoutinePages implements KeptPageCheck {

    private static final Pattern ROUTINE_PAGE = Pattern.compile("^/(?:api/)?routines/([A-Za-z0-9_-]{22})(?:/.*)?$");

    private final RoutineService routines;

    DeletedRoutinePages(RoutineService routines) {
        this.routines = routines;
    }

    @Override
    public boolean stillStands(String path) {
        Matcher routine = ROUTINE_PAGE.matcher(path);
        return !routine.matches() || routines.exists(routine.group(1));
    }
}
