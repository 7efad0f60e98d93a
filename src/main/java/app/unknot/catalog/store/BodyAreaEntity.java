package app.unknot.catalog.store;

import app.unknot.catalog.BodyArea;
import app.unknot.system.SlugListConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/** A body area as stored; see {@link BodyArea}. */
@Entity
@Table(name = "body_area")
class BodyAreaEntity extends CatalogEntity {

    private String description;

    private int position;

    @Convert(converter = SlugListConverter.class)
    private List<String> goesWith;

    private String whyWith;

    int getPosition() {
        return position;
    }

    BodyArea toBodyArea() {
        return new BodyArea(getSlug(), getName(), description, goesWith, whyWith);
    }
}
