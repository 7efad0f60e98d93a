package app.unknot.catalog.store;

import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ListIndexBase;

/** A technique as stored; see {@link Technique}. Collections load in batches, a query each for the whole catalog. */
@Entity
@Table(name = "technique")
class TechniqueEntity extends CatalogEntity {

    @Enumerated(EnumType.STRING)
    private TechniqueKind kind;

    @Enumerated(EnumType.STRING)
    private Performer performer;

    @Enumerated(EnumType.STRING)
    private Posture posture;

    @Enumerated(EnumType.STRING)
    private Pressure pressure;

    private int seconds;

    private int longestSeconds;

    private int sides;

    @Enumerated(EnumType.STRING)
    private Movement movement;

    private String summary;

    /** Where it stands in catalog order, which breaks the builder's ties. */
    private int position;

    @Enumerated(EnumType.STRING)
    @ElementCollection
    @CollectionTable(name = "technique_phase", joinColumns = @JoinColumn(name = "technique_id"))
    @Column(name = "phase")
    @BatchSize(size = CatalogLoader.BATCH)
    private Set<Phase> phases = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "technique_area", joinColumns = @JoinColumn(name = "technique_id"),
        inverseJoinColumns = @JoinColumn(name = "body_area_id"))
    @BatchSize(size = CatalogLoader.BATCH)
    private Set<BodyAreaEntity> areas = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "technique_tool", joinColumns = @JoinColumn(name = "technique_id"),
        inverseJoinColumns = @JoinColumn(name = "tool_id"))
    @BatchSize(size = CatalogLoader.BATCH)
    private Set<ToolEntity> tools = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "technique_instruction", joinColumns = @JoinColumn(name = "technique_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @BatchSize(size = CatalogLoader.BATCH)
    private List<InstructionRow> instructions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "technique_caution", joinColumns = @JoinColumn(name = "technique_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text")
    @BatchSize(size = CatalogLoader.BATCH)
    private List<String> cautions = new ArrayList<>();

    /** The technique with its areas in body order and tools in catalog order. */
    Technique toTechnique() {
        return new Technique(getSlug(), getName(), kind, performer, posture, pressure, seconds, longestSeconds, sides, movement, phases,
            areas.stream().sorted(Comparator.comparingInt(BodyAreaEntity::getPosition)).map(BodyAreaEntity::toBodyArea).toList(),
            tools.stream().sorted(Comparator.comparingInt(ToolEntity::getPosition)).map(ToolEntity::toTool).toList(),
            summary, instructions.stream().map(InstructionRow::toInstruction).toList(), cautions);
    }
}
