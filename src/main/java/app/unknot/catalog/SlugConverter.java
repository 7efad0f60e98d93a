package app.unknot.catalog;

import jakarta.persistence.AttributeConverter;
import java.util.function.Function;

/** Stores an enum as its slug, so the database holds the same words as the API. */
abstract class SlugConverter<E extends Enum<E> & Slugged> implements AttributeConverter<E, String> {

    private final Function<String, E> fromSlug;

    SlugConverter(Function<String, E> fromSlug) {
        this.fromSlug = fromSlug;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.slug();
    }

    @Override
    public E convertToEntityAttribute(String slug) {
        return slug == null ? null : fromSlug.apply(slug);
    }
}
