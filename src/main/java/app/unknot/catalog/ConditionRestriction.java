package app.unknot.catalog;

import app.unknot.model.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One thing a condition rules out. A technique is ruled out when it matches every criterion that is
 * set (see the schema comment in V1__catalog_schema.sql).
 */
@Entity
@Table(name = "condition_restriction")
public class ConditionRestriction extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "condition_id")
    private HealthCondition condition;

    @Column(name = "technique_kind")
    private TechniqueKind kind;

    private AreaScope areaScope;

    @ManyToMany
    @JoinTable(name = "condition_restriction_area", joinColumns = @JoinColumn(name = "restriction_id"),
        inverseJoinColumns = @JoinColumn(name = "body_area_id"))
    private Set<BodyArea> listedAreas = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tool_id")
    private Tool tool;

    private Posture posture;

    private Movement movement;

    private Pressure maxPressure;

    private boolean waivedByClearance;

    private String reason;

    public HealthCondition getCondition() {
        return condition;
    }

    public TechniqueKind getKind() {
        return kind;
    }

    public AreaScope getAreaScope() {
        return areaScope;
    }

    public Set<BodyArea> getListedAreas() {
        return Set.copyOf(listedAreas);
    }

    public Tool getTool() {
        return tool;
    }

    public Posture getPosture() {
        return posture;
    }

    public Movement getMovement() {
        return movement;
    }

    public Pressure getMaxPressure() {
        return maxPressure;
    }

    public boolean isWaivedByClearance() {
        return waivedByClearance;
    }

    public String getReason() {
        return reason;
    }
}
