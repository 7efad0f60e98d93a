package app.unknot.catalog.store;

import app.unknot.catalog.Condition;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A condition as stored; see {@link Condition}. */
@Entity
@Table(name = "health_condition")
class ConditionEntity extends CatalogEntity {

    private String summary;

    private String advice;

    private boolean local;

    /** Catalog order: the loader sorts by it. */
    private int position;

    Condition toCondition() {
        return new Condition(getSlug(), getName(), summary, advice, local);
    }
}
