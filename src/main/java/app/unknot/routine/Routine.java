package app.unknot.routine;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Urgency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/**
 * A saved routine: the request as the person made it and the plan as it was built, so the routine a
 * person printed never changes under them. Its id is random and unguessable, its URL stable.
 */
@Entity
@Table(name = "routine")
class Routine {

    @Id
    private String id;

    private Instant createdAt;

    @Convert(converter = SlugListConverter.class)
    private List<String> areas;

    @Convert(converter = SlugListConverter.class)
    private List<String> tools;

    private int minutes;

    private Performer performer;

    @Convert(converter = SlugListConverter.class)
    private List<String> conditions;

    @Convert(converter = SlugListConverter.class)
    private List<String> affectedAreas;

    @Convert(converter = SlugListConverter.class)
    private List<String> redFlags;

    private int painLevel;

    private int painWeeks;

    private boolean cancerCleared;

    @Convert(converter = PlanStatusConverter.class)
    private PlanStatus status;

    private Urgency urgency;

    @Convert(converter = SlugListConverter.class)
    private List<String> advice;

    @ElementCollection
    @CollectionTable(name = "routine_step", joinColumns = @JoinColumn(name = "routine_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<SavedStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "routine_exclusion", joinColumns = @JoinColumn(name = "routine_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<SavedExclusion> exclusions = new ArrayList<>();

    protected Routine() {
    }

    Routine(String id, Instant createdAt, RoutineRequest request, RoutinePlan plan) {
        this.id = id;
        this.createdAt = createdAt;
        this.areas = request.areas();
        this.tools = sorted(request.tools());
        this.minutes = request.minutes();
        this.performer = request.performer();
        this.conditions = sorted(request.conditions());
        this.affectedAreas = sorted(request.affectedAreas());
        this.redFlags = sorted(request.redFlags());
        this.painLevel = request.painLevel();
        this.painWeeks = request.painWeeks();
        this.cancerCleared = request.cancerCleared();
        this.status = plan.status();
        this.urgency = plan.urgency();
        this.advice = plan.advice().stream().map(Advice::name).toList();
        plan.steps().forEach(step -> steps.add(new SavedStep(step)));
        plan.excluded().forEach(exclusion -> exclusions.add(new SavedExclusion(exclusion)));
    }

    String id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    RoutineRequest request() {
        return new RoutineRequest(areas, new LinkedHashSet<>(tools), minutes, performer,
            new LinkedHashSet<>(conditions), new LinkedHashSet<>(affectedAreas), new LinkedHashSet<>(redFlags),
            painLevel, painWeeks, cancerCleared);
    }

    PlanStatus status() {
        return status;
    }

    Urgency urgency() {
        return urgency;
    }

    List<Advice> advice() {
        return advice.stream().map(Advice::valueOf).toList();
    }

    List<SavedStep> steps() {
        return List.copyOf(steps);
    }

    List<SavedExclusion> exclusions() {
        return List.copyOf(exclusions);
    }

    int totalSeconds() {
        return steps.stream().mapToInt(SavedStep::seconds).sum();
    }

    private static List<String> sorted(Collection<String> slugs) {
        return slugs.stream().sorted().toList();
    }
}
