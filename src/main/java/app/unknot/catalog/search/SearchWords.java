package app.unknot.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Words as search compares them, in one language: lower case, split at anything but letters and
 * digits, accents optional, plurals made singular ({@link Language}), so "Knots", "knot" and "IT-band"
 * meet "knot" and "it band", and "Rueckenschmerzen" meets "Rückenschmerz". A search word finds a
 * technique when it is one of the technique's words or, from three letters on, the start of one:
 * "sciat" finds sciatica while the person is still typing.
 *
 * <p>In German a word made of others ("Rückenschmerzen", "Nackenverspannung") is also split into the
 * words of the catalog it is made of, with Lucene's dictionary decompounder and the catalog's own
 * German words as the dictionary: the catalog only finds its own words, so these are the parts worth
 * knowing. Such a word finds a technique when the whole word does, or all its parts that are no filler:
 * "Rückenschmerzen" finds whatever "Rücken" finds.
 */
public final class SearchWords {

    private static final int SHORTEST_PREFIX = 3;
    /** Shorter words ("arm", "po") hide inside too many others ("warm", "Pose") to be parts. */
    private static final int SHORTEST_PART = 4;
    private static final int LONGEST_PART = 20;

    private final Analyzer analyzer;
    private final Set<String> fillers;

    private SearchWords(Analyzer analyzer, Set<String> fillers) {
        this.analyzer = analyzer;
        this.fillers = fillers;
    }

    /**
     * Search in this language over a catalog with these texts, from which German takes the words
     * compounds are split into.
     *
     * @throws IllegalArgumentException for a language search has no rules for
     */
    public static SearchWords of(String language, Collection<String> texts) {
        Language rules = Language.of(language);
        Set<String> fillers = wholes(analyzer(rules, null, true), rules.fillers());
        if (!rules.compounds()) {
            return new SearchWords(analyzer(rules, null, true), fillers);
        }
        // Parts are looked for in a word before its ending is cut, so they are words as written; the
        // words for pain are among them, to be split off "Rückenschmerzen", but "die" and "eine" are not.
        Analyzer written = analyzer(rules, null, false);
        Set<String> stopWords = wholes(written, rules.stopWords());
        Set<String> parts = wholes(written, texts);
        parts.addAll(wholes(written, rules.painWords()));
        parts.removeIf(word -> word.length() < SHORTEST_PART || stopWords.contains(word));
        return new SearchWords(analyzer(rules, new CharArraySet(parts, false), true), fillers);
    }

    /** The words of these texts, and the parts of its compounds, for a technique to be found by. */
    public NavigableSet<String> index(Collection<String> texts) {
        var words = new TreeSet<String>();
        texts.forEach(text -> words(text).forEach((whole, parts) -> {
            words.add(whole);
            words.addAll(parts);
        }));
        return words;
    }

    /** What a search asks for: its words without the fillers, unless it is fillers alone. */
    public Query query(String text) {
        Map<String, Set<String>> words = words(text);
        List<Word> all = words.entrySet().stream().map(word -> new Word(word.getKey(), meant(word.getKey(), word.getValue())))
            .toList();
        List<Word> meant = all.stream().filter(word -> !fillers.contains(word.whole())).toList();
        return new Query(meant.isEmpty() ? all : meant);
    }

    /** The words a search asks for, each with the parts it is made of (none for most). */
    public record Query(List<Word> words) {

        /** True when every word is one of these words or, long enough, starts one; no words find nothing. */
        public boolean finds(NavigableSet<String> techniqueWords) {
            return !words.isEmpty() && words.stream().allMatch(word -> found(word.whole(), techniqueWords)
                || !word.parts().isEmpty() && word.parts().stream().allMatch(part -> found(part, techniqueWords)));
        }

        private static boolean found(String word, NavigableSet<String> techniqueWords) {
            String next = techniqueWords.ceiling(word);
            return next != null && (next.equals(word) || word.length() >= SHORTEST_PREFIX && next.startsWith(word));
        }
    }

    /** A search word and the parts that stand for it when the whole is nowhere. */
    record Word(String whole, Set<String> parts) {
    }

    /**
     * The parts a compound means: not the word itself with another ending, not a part inside a longer
     * one ("spannung" inside "verspannung"), no filler ("schmerz" of "Rückenschmerzen").
     */
    private Set<String> meant(String whole, Set<String> parts) {
        Set<String> others = parts.stream().filter(part -> !part.equals(whole)).collect(Collectors.toSet());
        return others.stream()
            .filter(part -> others.stream().noneMatch(longer -> longer.length() > part.length() && longer.contains(part)))
            .filter(part -> !fillers.contains(part)).collect(Collectors.toUnmodifiableSet());
    }

    /** Each word of the text, in order, with the parts the decompounder found in it. */
    private Map<String, Set<String>> words(String text) {
        return words(analyzer, text);
    }

    private static Set<String> wholes(Analyzer analyzer, Collection<String> texts) {
        return texts.stream().flatMap(text -> words(analyzer, text).keySet().stream()).collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> words(Analyzer analyzer, String text) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        // One "ü" typed as u and a combining diaeresis is the same letter.
        try (TokenStream tokens = analyzer.tokenStream("", Normalizer.normalize(text, Normalizer.Form.NFC))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            Set<String> parts = new LinkedHashSet<>();
            while (tokens.incrementToken()) {
                // The decompounder puts a word's parts at the word's own position.
                if (increment.getPositionIncrement() > 0) {
                    parts = words.computeIfAbsent(term.toString(), whole -> new LinkedHashSet<>());
                }
                else {
                    parts.add(term.toString());
                }
            }
            tokens.end();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return words;
    }

    /** Single letters ("a", the s of "runner's") are no words. */
    private static Analyzer analyzer(Language language, CharArraySet parts, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
                TokenStream words = language.fold(new LengthFilter(new LowerCaseFilter(tokenizer), 2, Integer.MAX_VALUE));
                if (parts != null) {
                    words = new DictionaryCompoundWordTokenFilter(words, parts, DictionaryCompoundWordTokenFilter.DEFAULT_MIN_WORD_SIZE,
                        SHORTEST_PART, LONGEST_PART, false);
                }
                return new TokenStreamComponents(tokenizer, stem ? language.stem(words) : words);
            }
        };
    }
}
