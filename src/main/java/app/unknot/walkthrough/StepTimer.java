package app.unknot.walkthrough;

import java.util.regex.Pattern;

/**
 * How long a step page's player runs: a get-ready countdown, the step's own time with a rest to turn
 * over between the two sides of a two-sided step, and a countdown into the next step.
 *
 * <p>{@code ?seconds=N} on a step's address caps each of these at N seconds, for demonstrations and
 * the browser test. It only ever shortens a timer, anything but a whole number from 1 to 9999 is ignored, and the
 * walkthrough's links keep it from step to step.
 *
 * @param shortcut the accepted {@code seconds} parameter, or null when there is none
 */
record StepTimer(int seconds, int readySeconds, int turnSeconds, int advanceSeconds, int sides, Integer shortcut) {

    /** Time to get into position before the step's time starts. */
    private static final int READY_SECONDS = 5;

    /** Time to turn over or change hands between the two sides; not counted in the step's time. */
    private static final int TURN_SECONDS = 5;

    /** Time between the end of one step and the start of the next, when the player moves on by itself. */
    private static final int ADVANCE_SECONDS = 5;

    private static final Pattern WHOLE_SECONDS = Pattern.compile("[1-9][0-9]{0,3}");

    static StepTimer of(int stepSeconds, int sides, String requested) {
        if (requested == null || !WHOLE_SECONDS.matcher(requested).matches()) {
            return new StepTimer(stepSeconds, READY_SECONDS, TURN_SECONDS, ADVANCE_SECONDS, sides, null);
        }
        int cap = Integer.parseInt(requested);
        return new StepTimer(Math.min(stepSeconds, cap), Math.min(READY_SECONDS, cap), Math.min(TURN_SECONDS, cap),
            Math.min(ADVANCE_SECONDS, cap), sides, cap);
    }

    /** The clock before the start: one side's time, as m:ss. Public for the template. */
    public String clock() {
        int side = seconds / sides;
        return side / 60 + ":" + String.format("%02d", side % 60);
    }
}
