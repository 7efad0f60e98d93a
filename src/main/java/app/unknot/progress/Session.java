package app.unknot.progress;

import app.unknot.safety.PainRule;
import java.time.Instant;
import java.util.List;

/**
 * One time a person followed a routine, as they told it: what the pages, the chart and the API show.
 *
 * @param painBefore 0 to 10, or null when not given
 * @param hurt the technique slugs of the steps that hurt or felt wrong
 * @param note what the person wrote, possibly empty
 */
record Session(String id, Instant at, Integer painBefore, int painAfter, List<String> hurt, String note) {

    /** The pain was worse afterwards by as much as the pain-rose rule asks for. */
    boolean painRose() {
        return PainRule.rose(painBefore, painAfter);
    }
}
