package app.unknot.safety;

import java.util.Optional;
import java.util.regex.Pattern;

/** A pain level carried in an address ({@code ?before=5}): a whole number from 0 to 10, or nothing. */
public final class PainLevel {

    private static final Pattern LEVEL = Pattern.compile("[0-9]{1,2}");

    private PainLevel() {
    }

    public static Optional<Integer> parse(String text) {
        if (text == null || !LEVEL.matcher(text).matches() || Integer.parseInt(text) > SafetyAnswers.MAX_PAIN_LEVEL) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
