package app.unknot.catalog.store;

import app.unknot.catalog.BodyArea;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A body area as stored; see {@link BodyArea}. */
@Entity
@Table(name = "body_area")
class BodyAreaEntity extends CatalogEntity {

    private String description;

    private int position;

    int getPosition() {
        return position;
    }

    BodyArea toBodyArea() {
        return new BodyArea(getSlug(), getName(), description);
    }
}
