package app.unknot.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * A value with a stable lower-case slug: the one name used in URLs, the JSON API, message keys and
 * the database. An enum's slug is its constant's name in lower case with hyphens
 * ({@code LYING_ON_BACK} is {@code lying-on-back}). It keeps it in a final field marked
 * {@code @EnumeratedValue}, so an entity attribute mapped {@code @Enumerated(EnumType.STRING)} stores
 * the slug, with no converter; Jackson writes the slug too.
 */
public interface Slugged {

    @JsonValue
    String slug();

    /** The slug an enum constant is known by. */
    static String slugOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with this slug; an {@link IllegalArgumentException} names the slug otherwise. */
    static <E extends Enum<E> & Slugged> E fromSlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants())
            .filter(value -> value.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + slug));
    }
}
