package app.unknot.catalog.store;

import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Urgency;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A red flag as stored; see {@link RedFlag}. */
@Entity
@Table(name = "red_flag")
class RedFlagEntity extends CatalogEntity {

    private String description;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    /** Catalog order: the loader sorts by it. */
    private int position;

    RedFlag toRedFlag() {
        return new RedFlag(getSlug(), getName(), description, urgency);
    }
}
