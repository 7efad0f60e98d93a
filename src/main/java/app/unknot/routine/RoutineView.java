package app.unknot.routine;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Performer;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Urgency;
import app.unknot.system.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A saved routine worded for people: what the pages, the sheet and the JSON API show. Other
 * packages get one from {@link RoutineService#view}.
 *
 * @param areaNames the requested areas' names, main area first
 * @param advice the advice to show, worded
 * @param redFlags for a stopped routine, the symptoms that stopped it, most urgent first
 * @param painLevel the pain the person gave when it was built, 0 to 10
 * @param madeFrom the id of the routine this one was made again from, without what hurt; null for a first one
 * @param adjustedFrom the id of the routine a therapist adjusted into this version, or null
 * @param handout what a therapist added for the handout besides the steps
 * @param leftAlone where a local condition (a broken bone, burn or wound) is: no step works there
 */
public record RoutineView(String id, Instant createdAt, PlanStatus status, Urgency urgency, int minutes,
                          Performer performer, List<String> areaNames, int totalSeconds, List<StepView> steps,
                          List<ExclusionView> excluded, List<String> advice, List<RedFlag> redFlags, int painLevel,
                          String madeFrom, String adjustedFrom, Handout handout, List<BodyArea> leftAlone) {

    public boolean stopped() {
        return status == PlanStatus.STOP;
    }

    /** The numbers of the steps a safety rule added since the routine was built leaves out. */
    public List<Integer> leaveOut() {
        return steps.stream().filter(step -> !step.followed()).map(StepView::order).toList();
    }

    /** The step to go to after step {@code number}, or empty at the end: steps left out are passed over. */
    public Optional<Integer> followedAfter(int number) {
        return steps.stream().filter(StepView::followed).map(StepView::order).filter(order -> order > number).findFirst();
    }

    /** The step to go back to from step {@code number}, or empty at the start: steps left out are passed over. */
    public Optional<Integer> followedBefore(int number) {
        return steps.stream().filter(StepView::followed).map(StepView::order).filter(order -> order < number)
            .reduce((first, second) -> second);
    }

    /** The time the steps still to follow take, from step {@code number} on (itself included). */
    public int secondsLeftFrom(int number) {
        return steps.stream().filter(StepView::followed).filter(step -> step.order() >= number)
            .mapToInt(StepView::seconds).sum();
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
