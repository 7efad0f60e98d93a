package app.unknot.routine;

import static app.unknot.system.Checks.requireRange;
import static app.unknot.system.Checks.requireValue;

import app.unknot.catalog.Slugged;
import jakarta.persistence.EnumeratedValue;

/**
 * How often a therapist asks for the routine: {@code times} a day or a week, for {@code weeks}.
 */
public record Frequency(int times, Per per, int weeks) {

    public static final int MAX_TIMES = 10;
    public static final int MAX_WEEKS = 52;

    public enum Per implements Slugged {
        DAY,
        WEEK;

        @EnumeratedValue
        private final String slug = Slugged.slugOf(this);

        @Override
        public String slug() {
            return slug;
        }
    }

    public Frequency {
        requireRange(times, 1, MAX_TIMES, "times");
        requireValue(per, "per");
        requireRange(weeks, 1, MAX_WEEKS, "weeks");
    }
}
