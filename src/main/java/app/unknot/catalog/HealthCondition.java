package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A contraindication: a condition under which some massage or stretches are unsafe. What it rules
 * out is held as {@link ConditionRestriction} rows, so the routine builder needs no per-condition code.
 */
@Entity
@Table(name = "health_condition")
public class HealthCondition extends CatalogEntry {

    private String summary;

    private String advice;

    /** True when the condition affects named areas only (a fracture, a burn, a healing wound). */
    private boolean local;

    private int position;

    public String getSummary() {
        return summary;
    }

    public String getAdvice() {
        return advice;
    }

    public boolean isLocal() {
        return local;
    }

    public int getPosition() {
        return position;
    }
}
