package app.unknot.catalog.store;

import app.unknot.catalog.Condition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ListIndexBase;

/** A condition as stored; see {@link Condition}. */
@Entity
@Table(name = "health_condition")
class ConditionEntity extends CatalogEntity {

    private String summary;

    private String advice;

    private boolean local;

    /** Catalog order: the loader sorts by it. */
    private int position;

    @ElementCollection
    @CollectionTable(name = "condition_source", joinColumns = @JoinColumn(name = "condition_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "title")
    @BatchSize(size = CatalogLoader.BATCH)
    private List<String> sources = new ArrayList<>();

    Condition toCondition() {
        return new Condition(getSlug(), getName(), summary, advice, local, sources);
    }
}
