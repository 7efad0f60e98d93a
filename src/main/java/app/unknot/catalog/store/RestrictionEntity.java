package app.unknot.catalog.store;

import app.unknot.catalog.AreaScope;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.TechniqueKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;

/** A restriction row as stored (schema comment in V1__catalog_schema.sql); see {@link Restriction}. */
@Entity
@Table(name = "condition_restriction")
class RestrictionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "condition_id")
    private ConditionEntity condition;

    @Enumerated(EnumType.STRING)
    @Column(name = "technique_kind")
    private TechniqueKind kind;

    @Enumerated(EnumType.STRING)
    private AreaScope areaScope;

    @ManyToMany
    @JoinTable(name = "condition_restriction_area", joinColumns = @JoinColumn(name = "restriction_id"),
        inverseJoinColumns = @JoinColumn(name = "body_area_id"))
    @BatchSize(size = CatalogLoader.BATCH)
    private Set<BodyAreaEntity> listedAreas = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tool_id")
    private ToolEntity tool;

    @Enumerated(EnumType.STRING)
    private Posture posture;

    @Enumerated(EnumType.STRING)
    private Movement movement;

    @Enumerated(EnumType.STRING)
    private Pressure maxPressure;

    private boolean waivedByClearance;

    private String reason;

    Restriction toRestriction() {
        return new Restriction(condition.getSlug(), kind, areaScope,
            listedAreas.stream().map(CatalogEntity::getSlug).collect(Collectors.toSet()),
            tool == null ? null : tool.getSlug(), posture, movement, maxPressure, waivedByClearance, reason);
    }
}
