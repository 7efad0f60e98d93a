package app.unknot.catalog.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Words as search compares them: lower case, split at anything but letters and digits, plurals made
 * singular, so "Knots", "knot" and "IT-band" meet "knot" and "it band". A search word finds a
 * technique when it is one of the technique's words or, from three letters on, the start of one:
 * "sciat" finds sciatica while the person is still typing.
 */
public final class SearchWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> IRREGULAR = Map.of("feet", "foot", "calves", "calf", "knees", "knee");
    /**
     * Said with almost any search ("my stiff neck", "sore feet") but naming no technique: left out
     * unless the search is nothing else, so "stiff neck" finds everything for the neck.
     */
    private static final Set<String> FILLER = Set.of("an", "the", "my", "me", "and", "or", "of", "in", "on",
        "at", "to", "for", "with", "pain", "painful", "ache", "aching", "achy", "sore", "hurt", "hurting", "stiff",
        "stiffness", "tight", "tightness", "tense", "tension", "help", "relief");
    private static final int SHORTEST_PREFIX = 3;

    private SearchWords() {
    }

    /** The words of these texts, for a technique to be found by. */
    public static NavigableSet<String> index(Collection<String> texts) {
        var words = new TreeSet<String>();
        texts.forEach(text -> words.addAll(words(text)));
        return words;
    }

    /** What a search asks for: its words without the fillers, unless it is fillers alone. */
    public static List<String> query(String text) {
        List<String> words = words(text);
        List<String> meant = words.stream().filter(word -> !FILLER.contains(word)).toList();
        return meant.isEmpty() ? words : meant;
    }

    /** True when every word of the query is one of these words or, long enough, starts one; no words find nothing. */
    public static boolean finds(List<String> query, NavigableSet<String> words) {
        return !query.isEmpty() && query.stream().allMatch(word -> {
            String next = words.ceiling(word);
            return next != null && (next.equals(word) || word.length() >= SHORTEST_PREFIX && next.startsWith(word));
        });
    }

    /** Single letters ("a", the s of "runner's") are no words. */
    private static List<String> words(String text) {
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
            .filter(word -> word.length() > 1).map(SearchWords::singular).distinct().toList();
    }

    /** "knots" is "knot", "stress" and "sciatica" stay as they are. */
    private static String singular(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
            && !word.endsWith("is");
        return plural ? word.substring(0, word.length() - 1) : word;
    }
}
