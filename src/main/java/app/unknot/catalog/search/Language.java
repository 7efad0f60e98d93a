package app.unknot.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;

/**
 * How each language's words reach their plain form, with Lucene's filters: accents folded so they are
 * optional, then a light stemmer that takes off plural and gender endings ("hombros" is "hombr", like
 * "hombro"; "Schultern" is "schult", like "Schulter"). Light, not aggressive, stemmers: a word cut
 * short still starts the words it would find, so search while typing keeps working.
 */
enum Language {

    ENGLISH("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false, "my", "me", "pain", "painful", "ache", "aching", "achy",
        "sore", "hurt", "hurting", "stiff", "stiffness", "tight", "tightness", "tense", "tension", "help", "relief") {
        @Override
        TokenStream stem(TokenStream words) {
            return new EnglishMinimalStemFilter(new StemmerOverrideFilter(words, IRREGULAR_PLURALS));
        }
    },
    SPANISH("es", SpanishAnalyzer.getDefaultStopSet(), false, "dolor", "dolores", "duele", "duelen", "doler", "molestia",
        "molestias", "tension", "tenso", "tensa", "rigidez", "rigido", "rigida", "cargado", "cargada", "alivio", "aliviar",
        "ayuda") {
        @Override
        TokenStream stem(TokenStream words) {
            return new SpanishLightStemFilter(new StemmerOverrideFilter(words, SPANISH_KEPT_APART));
        }
    },
    /** German runs words together ("Rückenschmerzen"), so its words are split into the catalog's own (see {@link SearchWords}). */
    GERMAN("de", GermanAnalyzer.getDefaultStopSet(), true, "schmerz", "schmerzen", "schmerzt", "weh", "wehtun", "tut",
        "verspannt", "verspannung", "verspannungen", "steif", "hilfe", "linderung") {
        @Override
        TokenStream fold(TokenStream words) {
            // Ä, ö, ü and ß as they are, or written ae, oe, ue and ss, or without the dots: all the same.
            return new ASCIIFoldingFilter(new GermanNormalizationFilter(words));
        }

        @Override
        TokenStream stem(TokenStream words) {
            return new GermanLightStemFilter(words);
        }
    };

    /** Plurals no ending rule makes singular. */
    private static final StemmerOverrideFilter.StemmerOverrideMap IRREGULAR_PLURALS = overrides(
        "feet", "foot", "calves", "calf", "knees", "knee");
    /** Words one ending apart that a stemmer would make one: the roller (rodillo) is no knee (rodilla). */
    private static final StemmerOverrideFilter.StemmerOverrideMap SPANISH_KEPT_APART = overrides(
        "rodillo", "rodillo", "rodillos", "rodillo", "rodilla", "rodilla", "rodillas", "rodilla");

    private final String code;
    private final CharArraySet stopWords;
    private final boolean compounds;
    private final List<String> painWords;

    Language(String code, CharArraySet stopWords, boolean compounds, String... painWords) {
        this.code = code;
        this.stopWords = stopWords;
        this.compounds = compounds;
        this.painWords = List.of(painWords);
    }

    /** @throws IllegalArgumentException for a language search has no rules for */
    static Language of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no search words for language " + code));
    }

    /**
     * Said with almost any search ("my stiff neck", "dolor de espalda", "Verspannung im Nacken") but
     * naming no technique: the language's stop words and its words for pain and tension.
     */
    List<String> fillers() {
        return Stream.concat(stopWords().stream(), painWords.stream()).toList();
    }

    List<String> stopWords() {
        return stopWords.stream().map(word -> new String((char[]) word)).toList();
    }

    List<String> painWords() {
        return painWords;
    }

    /** True when the language runs words together into new ones. */
    boolean compounds() {
        return compounds;
    }

    TokenStream fold(TokenStream words) {
        return new ASCIIFoldingFilter(words);
    }

    abstract TokenStream stem(TokenStream words);

    /** Each word given with the form it stands for. */
    private static StemmerOverrideFilter.StemmerOverrideMap overrides(String... wordsAndForms) {
        var overrides = new StemmerOverrideFilter.Builder();
        for (int i = 0; i < wordsAndForms.length; i += 2) {
            overrides.add(wordsAndForms[i], wordsAndForms[i + 1]);
        }
        try {
            return overrides.build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
