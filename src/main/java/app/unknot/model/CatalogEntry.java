package app.unknot.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A catalog entity with a stable slug and a display name. Catalog content is read-only at run time. */
@MappedSuperclass
public abstract class CatalogEntry extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return slug;
    }
}
