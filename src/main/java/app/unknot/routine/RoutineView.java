package app.unknot.routine;

import app.unknot.catalog.Performer;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Urgency;
import app.unknot.system.NotFoundException;
import java.time.Instant;
import java.util.List;

/**
 * A saved routine worded for people: what the pages, the sheet and the JSON API show. Other
 * packages get one from {@link RoutineService#view}.
 *
 * @param areaNames the requested areas' names, main area first
 * @param advice the advice to show, worded
 * @param redFlags for a stopped routine, the symptoms that stopped it, most urgent first
 */
public record RoutineView(String id, Instant createdAt, PlanStatus status, Urgency urgency, int minutes,
                          Performer performer, List<String> areaNames, int totalSeconds, List<StepView> steps,
                          List<ExclusionView> excluded, List<String> advice, List<RedFlag> redFlags) {

    public boolean stopped() {
        return status == PlanStatus.STOP;
    }

    /**
     * This routine, for a page that follows or prints its steps.
     *
     * @throws NotFoundException when it has none: a red flag stopped it, or nothing was suitable
     */
    public RoutineView withSteps() {
        if (steps.isEmpty()) {
            throw new NotFoundException("steps");
        }
        return this;
    }
}
