package app.unknot.routine.plan;

import app.unknot.catalog.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The time a routine may take, and the steps planned into it so far: what {@link StepSelection}
 * asks before it adds a step, and how spare time is spent once the steps are chosen.
 */
final class TimeBudget {

    private static final List<Phase> LENGTHEN_FIRST = List.of(Phase.MASSAGE, Phase.STRETCH, Phase.WARM_UP, Phase.COOL_DOWN);

    private final int seconds;
    private final List<StepDraft> drafts = new ArrayList<>();

    TimeBudget(int seconds) {
        this.seconds = seconds;
    }

    /** The steps planned so far, in pick order. */
    List<StepDraft> drafts() {
        return Collections.unmodifiableList(drafts);
    }

    /** Adds the unit if it fits at typical times, or, when it may, once steps are shortened to make room. */
    boolean fit(List<StepDraft> unit, boolean mayShorten) {
        int deficit = planned() + unit.stream().mapToInt(draft -> draft.seconds).sum() - seconds;
        if (deficit > 0 && !(mayShorten && shorten(unit, deficit))) {
            return false;
        }
        drafts.addAll(unit);
        return true;
    }

    /**
     * Spends spare time where it helps most: massages first, then stretches, then the warm-up and
     * cool-down, a grain at a time in pick order within each, none beyond its technique's longest.
     */
    void lengthen() {
        for (Phase phase : LENGTHEN_FIRST) {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (StepDraft draft : drafts) {
                    int grain = StepTime.grain(draft.technique);
                    if (draft.phase == phase && draft.seconds + grain <= StepTime.longest(draft.technique)
                            && planned() + grain <= seconds) {
                        draft.seconds += grain;
                        grew = true;
                    }
                }
            }
        }
    }

    /** Frees the deficit by shortening steps, latest pick first, none below its shortest; changes nothing when it cannot. */
    private boolean shorten(List<StepDraft> unit, int deficit) {
        List<StepDraft> latestFirst = new ArrayList<>(drafts);
        latestFirst.addAll(unit);
        Collections.reverse(latestFirst);
        if (latestFirst.stream().mapToInt(StepDraft::slack).sum() < deficit) {
            return false;
        }
        int missing = deficit;
        for (StepDraft draft : latestFirst) {
            int cut = Math.min(draft.slack(), StepTime.roundUp(Math.max(missing, 0), StepTime.grain(draft.technique)));
            draft.seconds -= cut;
            missing -= cut;
        }
        return true;
    }

    private int planned() {
        return drafts.stream().mapToInt(draft -> draft.seconds).sum();
    }
}
