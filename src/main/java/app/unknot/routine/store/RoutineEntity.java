package app.unknot.routine.store;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Slugged;
import app.unknot.catalog.Technique;
import app.unknot.catalog.Urgency;
import app.unknot.routine.Handout;
import app.unknot.routine.PlanStatus;
import app.unknot.routine.plan.Advice;
import app.unknot.routine.plan.ChosenStep;
import app.unknot.routine.plan.RoutinePlan;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.Exclusion.ConditionRule;
import app.unknot.safety.Exclusion.PersonalRule;
import app.unknot.safety.SafetyAnswers;
import app.unknot.system.SlugListConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.ListIndexBase;

/**
 * A routine as stored: the request as the person made it and the plan as it was built, so the
 * routine a person printed never changes under them. Its id is random and unguessable, its URL stable.
 */
@Entity
@Table(name = "routine")
public class RoutineEntity {

    @Id
    private String id;

    private Instant createdAt;

    @Convert(converter = SlugListConverter.class)
    private List<String> areas;

    @Convert(converter = SlugListConverter.class)
    private List<String> tools;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private Performer performer;

    @Convert(converter = SlugListConverter.class)
    private List<String> conditions;

    @Convert(converter = SlugListConverter.class)
    private List<String> affectedAreas;

    @Convert(converter = SlugListConverter.class)
    private List<String> redFlags;

    /** The warning signs the person was asked before it was built: the form asks more as the catalog grows. */
    @Convert(converter = SlugListConverter.class)
    private List<String> signsAsked = List.of();

    private int painLevel;

    private int painWeeks;

    private boolean cancerCleared;

    private boolean painRose;

    private String madeFrom;

    private String adjustedFrom;

    @Embedded
    private HandoutColumns handout;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Convert(converter = SlugListConverter.class)
    private List<String> advice;

    @ElementCollection
    @CollectionTable(name = "routine_step", joinColumns = @JoinColumn(name = "routine_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<StepEntity> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "routine_exclusion", joinColumns = @JoinColumn(name = "routine_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<ExclusionEntity> exclusions = new ArrayList<>();

    protected RoutineEntity() {
    }

    /**
     * @param conditionName the name the catalog gives a condition's slug, kept with each exclusion
     *     (the pain rules and what hurt last time are named by the messages)
     * @param techniqueDigest the digest each step's technique is stored under ({@link ShownTechniques#keep})
     * @param madeFrom the routine this one is made again from, or null
     */
    RoutineEntity(String id, Instant createdAt, RoutineRequest request, RoutinePlan plan,
                  Function<String, String> conditionName, Function<Technique, String> techniqueDigest, String madeFrom) {
        this(id, createdAt, request, plan, conditionName, techniqueDigest, madeFrom, null, Handout.NONE);
    }

    /** @param adjustedFrom the routine a therapist adjusted into this version, or null */
    public RoutineEntity(String id, Instant createdAt, RoutineRequest request, RoutinePlan plan,
                  Function<String, String> conditionName, Function<Technique, String> techniqueDigest, String madeFrom,
                  String adjustedFrom, Handout handout) {
        SafetyAnswers screening = request.screening();
        this.id = id;
        this.createdAt = createdAt;
        this.areas = request.areas();
        this.tools = sorted(request.tools());
        this.minutes = request.minutes();
        this.performer = request.performer();
        this.conditions = sorted(screening.conditions());
        this.affectedAreas = sorted(screening.affectedAreas());
        this.redFlags = sorted(screening.redFlags());
        this.painLevel = screening.painLevel();
        this.painWeeks = screening.painWeeks();
        this.cancerCleared = screening.cancerCleared();
        this.painRose = screening.painRoseLastTime();
        this.madeFrom = madeFrom;
        this.adjustedFrom = adjustedFrom;
        this.handout = new HandoutColumns(handout);
        this.status = plan.status();
        this.urgency = plan.urgency();
        this.advice = plan.advice().stream().map(Advice::slug).toList();
        plan.steps().forEach(step -> steps.add(new StepEntity(step, techniqueDigest.apply(step.technique()))));
        plan.excluded().forEach(exclusion -> exclusions.add(new ExclusionEntity(exclusion,
            exclusion.rule() instanceof ConditionRule byCondition ? conditionName.apply(byCondition.condition()) : null)));
    }

    String id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    public void askedSigns(Collection<String> slugs) {
        this.signsAsked = sorted(slugs);
    }

    public List<String> signsAsked() {
        return signsAsked;
    }

    public RoutineRequest request() {
        return new RoutineRequest(areas, new LinkedHashSet<>(tools), minutes, performer, new SafetyAnswers(
            new LinkedHashSet<>(conditions), new LinkedHashSet<>(affectedAreas), new LinkedHashSet<>(redFlags),
            painLevel, painWeeks, cancerCleared, painRose));
    }

    String madeFrom() {
        return madeFrom;
    }

    String adjustedFrom() {
        return adjustedFrom;
    }

    public Handout handout() {
        return HandoutColumns.of(handout);
    }

    public PlanStatus status() {
        return status;
    }

    Urgency urgency() {
        return urgency;
    }

    List<Advice> advice() {
        return advice.stream().map(slug -> Slugged.fromSlug(Advice.class, slug)).toList();
    }

    List<StepEntity> steps() {
        return List.copyOf(steps);
    }

    List<ExclusionEntity> exclusions() {
        return List.copyOf(exclusions);
    }

    int totalSeconds() {
        return steps.stream().mapToInt(StepEntity::seconds).sum();
    }

    /** What the person marked as hurting, kept with the routine made again without it. */
    public Map<String, String> hurt() {
        return exclusions.stream().filter(exclusion -> exclusion.rule() == PersonalRule.HURT)
            .collect(Collectors.toMap(ExclusionEntity::techniqueSlug, ExclusionEntity::reason, (one, other) -> one));
    }

    /** The phase of each step's technique, by slug. */
    public Map<String, Phase> phases() {
        return steps.stream().collect(Collectors.toMap(StepEntity::techniqueSlug, StepEntity::phase, (one, other) -> one));
    }

    /** Its steps as a therapist would choose them, to start another routine from. */
    public List<ChosenStep> chosenSteps() {
        return steps.stream().map(step -> new ChosenStep(step.techniqueSlug(), step.seconds(), step.note())).toList();
    }

    private static List<String> sorted(Collection<String> slugs) {
        return slugs.stream().sorted().toList();
    }
}
