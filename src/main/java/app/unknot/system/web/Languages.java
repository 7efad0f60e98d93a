package app.unknot.system.web;

import app.unknot.system.SpokenLanguages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Unknot speaks, and which one a visitor gets: the one they chose (remembered in a
 * cookie), else the first their browser asks for that Unknot speaks, else English. The country comes
 * from the browser too (the first language it asks for that names one, preferring the chosen
 * language's), because dates, paper and the emergency number follow it: {@code es-MX} reads Spanish
 * with Mexican dates and Letter paper. English without a country is British English, the app's own.
 */
final class Languages {

    /** In the order the switcher lists them, each named in its own language. */
    static final List<SpokenLanguages.Language> SPOKEN = SpokenLanguages.ALL;

    private Languages() {
    }

    static boolean speaks(String code) {
        return SpokenLanguages.speaks(code);
    }

    /**
     * @param chosen the language the visitor chose, or null
     * @param acceptLanguage the browser's {@code Accept-Language}, or null
     */
    static Locale resolve(String chosen, String acceptLanguage) {
        List<Locale.LanguageRange> asked = ranges(acceptLanguage);
        String language = speaks(chosen) ? chosen : asked.stream().map(Languages::languageOf).filter(Languages::speaks)
            .findFirst().orElse("en");
        Optional<String> country = asked.stream().filter(range -> languageOf(range).equals(language))
            .map(Languages::countryOf).flatMap(Optional::stream).findFirst()
            .or(() -> asked.stream().map(Languages::countryOf).flatMap(Optional::stream).findFirst());
        return new Locale.Builder().setLanguage(language).setRegion(country.orElse(language.equals("en") ? "GB" : "")).build();
    }

    /** Best first; a header that cannot be read asks for nothing. */
    private static List<Locale.LanguageRange> ranges(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream().filter(range -> range.getWeight() > 0).toList();
        }
        catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    private static String languageOf(Locale.LanguageRange range) {
        return range.getRange().split("-")[0];
    }

    /** Only a two-letter country: {@code es-419} (Latin America) names no one country. */
    private static Optional<String> countryOf(Locale.LanguageRange range) {
        String[] parts = range.getRange().split("-");
        return parts.length > 1 && parts[parts.length - 1].matches("[a-z]{2}") ? Optional.of(parts[parts.length - 1].toUpperCase(Locale.ROOT))
            : Optional.empty();
    }
}
