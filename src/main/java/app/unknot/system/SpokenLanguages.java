package app.unknot.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Unknot speaks, and pages answered in one other than their reader's: the handout a
 * therapist prints in their client's language. Such a page keeps the reader's country (dates, paper
 * and the emergency number follow where the reader is, with the client), and English without one is
 * British English, as it is for a reader.
 */
public final class SpokenLanguages {

    /** Their codes, for a field that names one: the same as {@link #ALL}'s. */
    public static final String CODES = "en|es|de";

    /** In the order the switcher lists them, each named in its own language. */
    public static final List<Language> ALL = List.of(new Language("en", "English"), new Language("es", "Español"),
        new Language("de", "Deutsch"));

    private static final String ANSWERED_IN = SpokenLanguages.class.getName() + ".answeredIn";

    public record Language(String code, String name) {
    }

    private SpokenLanguages() {
    }

    public static boolean speaks(String code) {
        return ALL.stream().anyMatch(language -> language.code().equals(code));
    }

    /** The language's own name for itself ("Español"), or null for one Unknot does not speak. */
    public static String name(String code) {
        return ALL.stream().filter(language -> language.code().equals(code)).map(Language::name).findFirst().orElse(null);
    }

    /** The reader's locale in another language Unknot speaks, or as it is when the code is null. */
    public static Locale in(String code, Locale reader) {
        if (code == null || code.equals(reader.getLanguage())) {
            return reader;
        }
        String country = reader.getCountry().isEmpty() && code.equals("en") ? "GB" : reader.getCountry();
        return new Locale.Builder().setLanguage(code).setRegion(country).build();
    }

    /**
     * Answers this request in the locale rather than the reader's: Spring's locale, which its view is
     * rendered in, is this one from here on. Pages kept in memory are still keyed by the reader's, so
     * only a page that answers every reader the same way may do this (a saved routine's handout).
     */
    public static void answerIn(HttpServletRequest request, Locale locale) {
        request.setAttribute(ANSWERED_IN, locale);
    }

    /** The locale a handler chose to answer this request in, if it chose one. */
    public static Optional<Locale> answeredIn(HttpServletRequest request) {
        return Optional.ofNullable((Locale) request.getAttribute(ANSWERED_IN));
    }
}
