package app.unknot.catalog;

import java.util.Arrays;

/** A value with a stable lower-case slug: the name used in URLs, the JSON API and the database. */
public interface Slugged {

    String slug();

    /** The constant with this slug; an {@link IllegalArgumentException} names the slug otherwise. */
    static <E extends Enum<E> & Slugged> E fromSlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants())
            .filter(value -> value.slug().equals(slug))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + slug));
    }
}
