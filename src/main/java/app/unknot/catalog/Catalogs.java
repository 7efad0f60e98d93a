package app.unknot.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog as a reader reads it: in their language, where Unknot speaks it (else English), and
 * naming the emergency number of their country. The rules read the English {@link Catalog}; pages
 * show this one. Each language and number is worked out once, on first use.
 */
public final class Catalogs {

    private static final Translation ENGLISH = Translation.english();

    private final Catalog english;
    private final Map<String, Translation> translations;
    private final EmergencyNumbers numbers;
    private final Map<String, Catalog> catalogs = new ConcurrentHashMap<>();

    public Catalogs(Catalog english, List<Translation> translations, EmergencyNumbers numbers) {
        this.english = english;
        this.translations = translations.stream().collect(Collectors.toUnmodifiableMap(Translation::language, Function.identity()));
        this.numbers = numbers;
    }

    public Catalog in(Locale reader) {
        Translation translation = translation(reader);
        return catalogs.computeIfAbsent(translation.language() + " " + numbers.of(reader), key -> translation.catalog(english));
    }

    /** For what was saved in English (a routine keeps its techniques as they were): its words for this reader. */
    public Translation translation(Locale reader) {
        return translations.getOrDefault(reader.getLanguage(), ENGLISH).calling(numbers.of(reader));
    }
}
