package app.unknot.routine.store;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.routine.plan.Step;
import app.unknot.routine.plan.StepReason;
import app.unknot.system.SlugListConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;

/**
 * A step as stored: the technique as it was shown (by its digest in {@link ShownTechniques}), and
 * what the builder decided for this routine.
 */
@Embeddable
class StepEntity {

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private String techniqueSlug;

    /** Null only for steps saved before V5, until {@link RoutineSnapshotBackfill} fills them in at start-up. */
    private String techniqueDigest;

    @Enumerated(EnumType.STRING)
    private Performer performer;

    private int seconds;

    @Enumerated(EnumType.STRING)
    private StepReason reason;

    @Convert(converter = SlugListConverter.class)
    private List<String> areas;

    private String note;

    protected StepEntity() {
    }

    StepEntity(Step step, String techniqueDigest) {
        this.phase = step.phase();
        this.techniqueSlug = step.technique().slug();
        this.techniqueDigest = techniqueDigest;
        this.performer = step.performer();
        this.seconds = step.seconds();
        this.reason = step.reason();
        this.areas = step.areas();
        this.note = step.note();
    }

    Phase phase() {
        return phase;
    }

    String techniqueSlug() {
        return techniqueSlug;
    }

    String techniqueDigest() {
        return techniqueDigest;
    }

    Performer performer() {
        return performer;
    }

    int seconds() {
        return seconds;
    }

    StepReason reason() {
        return reason;
    }

    List<String> areas() {
        return List.copyOf(areas);
    }

    /** A therapist's note for this step, or null. */
    String note() {
        return note;
    }
}
