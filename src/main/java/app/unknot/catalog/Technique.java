package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.ListIndexBase;

/** A massage technique or a stretch, with its instructions, cautions and where it fits in a routine. */
@Entity
@Table(name = "technique")
public class Technique extends CatalogEntry {

    private TechniqueKind kind;

    private Performer performer;

    private Posture posture;

    private Pressure pressure;

    private int seconds;

    private int sides;

    private Movement movement;

    private String summary;

    @ElementCollection
    @CollectionTable(name = "technique_phase", joinColumns = @JoinColumn(name = "technique_id"))
    @Column(name = "phase")
    private Set<Phase> phases = new TreeSet<>();

    @ManyToMany
    @JoinTable(name = "technique_area", joinColumns = @JoinColumn(name = "technique_id"),
        inverseJoinColumns = @JoinColumn(name = "body_area_id"))
    @OrderBy("position")
    private Set<BodyArea> areas = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "technique_tool", joinColumns = @JoinColumn(name = "technique_id"),
        inverseJoinColumns = @JoinColumn(name = "tool_id"))
    @OrderBy("position")
    private Set<Tool> tools = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "technique_instruction", joinColumns = @JoinColumn(name = "technique_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text")
    private List<String> instructions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "technique_caution", joinColumns = @JoinColumn(name = "technique_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "text")
    private List<String> cautions = new ArrayList<>();

    public TechniqueKind getKind() {
        return kind;
    }

    public Performer getPerformer() {
        return performer;
    }

    public Posture getPosture() {
        return posture;
    }

    public Pressure getPressure() {
        return pressure;
    }

    /** Typical duration of the whole step, both sides included for a two-sided technique. */
    public int getSeconds() {
        return seconds;
    }

    public int getSides() {
        return sides;
    }

    /** The spinal movement this technique makes, or null. */
    public Movement getMovement() {
        return movement;
    }

    public String getSummary() {
        return summary;
    }

    /** Phases in routine order. */
    public List<Phase> getPhases() {
        var ordered = EnumSet.noneOf(Phase.class);
        ordered.addAll(phases);
        return List.copyOf(ordered);
    }

    /** Areas in body order, head to feet. */
    public List<BodyArea> getAreas() {
        return areas.stream().sorted(Comparator.comparingInt(BodyArea::getPosition)).toList();
    }

    public List<Tool> getTools() {
        return tools.stream().sorted(Comparator.comparingInt(Tool::getPosition)).toList();
    }

    public List<String> getInstructions() {
        return List.copyOf(instructions);
    }

    public List<String> getCautions() {
        return List.copyOf(cautions);
    }
}
