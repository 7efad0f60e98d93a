package app.unknot.catalog.store;

import app.unknot.catalog.Catalog;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A catalog row as stored: a database id (internal only), a stable slug and a display name. The
 * entities exist to load the {@link Catalog} snapshot once; nothing else reads them.
 */
@MappedSuperclass
abstract class CatalogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }
}
