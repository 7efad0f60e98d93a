package app.unknot.routine.plan;

import app.unknot.catalog.Technique;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Step durations derived from a technique's typical time. Steps move in whole grains: 15 s, or
 * 30 s for a two-sided technique so both sides always get the same whole time.
 */
public final class StepTime {

    static final int GRAIN_SECONDS = 15;
    static final int SHORTEST_STEP_SECONDS = 30;

    private StepTime() {
    }

    static int grain(Technique technique) {
        return GRAIN_SECONDS * technique.sides();
    }

    /** The catalog's typical time rounded up to the grain, and never under the shortest step. */
    public static int typical(Technique technique) {
        return Math.max(SHORTEST_STEP_SECONDS, roundUp(technique.seconds(), grain(technique)));
    }

    /** Half the typical time, rounded up to the grain: as short as a step gets to make room for a pair. */
    static int shortest(Technique technique) {
        return Math.max(SHORTEST_STEP_SECONDS, roundUp((typical(technique) + 1) / 2, grain(technique)));
    }

    /** The technique's longest time, in whole grains: as long as a step grows to fill the time asked for. */
    static int longest(Technique technique) {
        return Math.max(typical(technique), technique.longestSeconds() / grain(technique) * grain(technique));
    }

    /** The times a therapist may give a step of this technique, shortest first, in whole grains. */
    public static List<Integer> choices(Technique technique) {
        int grain = grain(technique);
        return IntStream.iterate(roundUp(SHORTEST_STEP_SECONDS, grain), seconds -> seconds <= longest(technique),
            seconds -> seconds + grain).boxed().toList();
    }

    static int roundUp(int seconds, int grain) {
        return (seconds + grain - 1) / grain * grain;
    }
}
