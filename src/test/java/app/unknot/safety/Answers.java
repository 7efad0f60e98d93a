package app.unknot.safety;

import java.util.Set;

/** A person's safety answers with the fixtures' defaults: no conditions, no red flags, no pain, not cleared. */
public final class Answers {

    private Set<String> conditions = Set.of();
    private Set<String> affected = Set.of();
    private Set<String> redFlags = Set.of();
    private int painLevel;
    private int painWeeks;
    private boolean cleared;

    public static Answers answers() {
        return new Answers();
    }

    public Answers conditions(String... values) {
        conditions = Set.of(values);
        return this;
    }

    public Answers affected(String... values) {
        affected = Set.of(values);
        return this;
    }

    public Answers redFlags(String... values) {
        redFlags = Set.of(values);
        return this;
    }

    public Answers pain(int level, int weeks) {
        painLevel = level;
        painWeeks = weeks;
        return this;
    }

    public Answers cleared() {
        cleared = true;
        return this;
    }

    public SafetyAnswers build() {
        return new SafetyAnswers(conditions, affected, redFlags, painLevel, painWeeks, cleared);
    }
}
