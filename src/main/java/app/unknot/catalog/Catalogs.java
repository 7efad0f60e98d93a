package app.unknot.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog in each language Unknot speaks: English, which the rules read, and its translations,
 * the same techniques and rules in other words. Pages show the catalog in the reader's language;
 * a language it does not speak reads English.
 */
public final class Catalogs {

    private static final Translation ENGLISH = new Translation("en", Map.of(), Map.of());

    private final Catalog english;
    private final Map<String, Catalog> catalogs = new LinkedHashMap<>();
    private final Map<String, Translation> translations = new LinkedHashMap<>();

    public Catalogs(Catalog english, List<Translation> translations) {
        this.english = english;
        this.catalogs.put("en", english);
        this.translations.put("en", ENGLISH);
        for (Translation translation : translations) {
            this.translations.put(translation.language(), translation);
            this.catalogs.put(translation.language(), translation.catalog(english));
        }
    }

    public Catalog in(Locale reader) {
        return catalogs.getOrDefault(reader.getLanguage(), english);
    }

    /** For what was saved in English (a routine keeps its techniques as they were): its words in the reader's language. */
    public Translation translation(Locale reader) {
        return translations.getOrDefault(reader.getLanguage(), ENGLISH);
    }
}
