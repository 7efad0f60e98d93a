package app.unknot.system;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Guards for the plain-Java records of the catalog, the safety rules and routines: each failure names the value at fault. */
public final class Checks {

    private Checks() {
    }

    public static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    public static <T> T requireValue(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    public static void requireRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** An unmodifiable copy of non-blank, distinct texts, in the given order. */
    public static List<String> textList(List<String> values, String what) {
        requireValue(values, what);
        values.forEach(value -> requireText(value, "each of " + what));
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException(what + " must not repeat an entry: " + values);
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy of non-blank texts; null counts as none. */
    public static Set<String> textSet(Collection<String> values, String what) {
        if (values == null) {
            return Set.of();
        }
        values.forEach(value -> requireText(value, "each of " + what));
        return Set.copyOf(values);
    }

    /** An unmodifiable copy that iterates in declaration order, so no hash order leaks out. */
    public static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type, String what) {
        requireValue(values, what);
        EnumSet<E> copy = EnumSet.noneOf(type);
        values.forEach(value -> copy.add(requireValue(value, "each of " + what)));
        return Collections.unmodifiableSet(copy);
    }

    /** Adds, under the field, its slugs that are not known, sorted, when there are any. */
    public static void putUnknown(Map<String, List<String>> unknown, String field, Collection<String> slugs,
            Predicate<String> known) {
        List<String> missing = slugs.stream().filter(known.negate()).sorted().toList();
        if (!missing.isEmpty()) {
            unknown.put(field, missing);
        }
    }
}
