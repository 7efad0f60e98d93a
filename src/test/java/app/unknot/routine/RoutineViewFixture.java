package app.unknot.routine;

import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Ready-made routine views for the web slice tests. */
final class RoutineViewFixture {

    static final String ID = "AAAAAAAAAAAAAAAAAAAAAA";

    private RoutineViewFixture() {
    }

    static RoutineView lowerBack() {
        var kneading = new TechniqueCard("spine-sacrum-circular-kneading", "Circular kneading", TechniqueKind.MASSAGE,
            Performer.PARTNER, Posture.LYING_ON_FRONT, Pressure.LIGHT, 180, 1, null, Set.of(Phase.MASSAGE),
            List.of("lower-back"), List.of("hands"), List.of("Kneel beside them.", "Circle.", "Ease off."),
            List.of("Never press on the spine."));
        var twist = new TechniqueCard("supine-twist", "Gentle supine twist", TechniqueKind.STRETCH, Performer.ANY,
            Posture.LYING_ON_BACK, Pressure.LIGHT, 90, 2, Movement.SPINAL_ROTATION, Set.of(Phase.STRETCH),
            List.of("lower-back"), List.of("hands"), List.of("Knees up.", "Arms out.", "Lower the knees."),
            List.of("Go gently."));
        return new RoutineView(ID, Instant.parse("2026-11-23T10:00:00Z"), PlanStatus.CAUTION, null, 15, "partner",
            List.of("Lower back"), 450,
            List.of(new RoutineView.Step(1, "massage", kneading, "partner", List.of("lower-back"), 270,
                    "Works the muscles of your lower back.", List.of("Hands")),
                new RoutineView.Step(2, "stretch", twist, "self", List.of("lower-back"), 180,
                    "Lengthens the muscles of your lower back after the massage.", List.of("Hands"))),
            List.of(new RoutineView.Excluded("petrissage", "Petrissage (kneading)", "blood-thinners",
                "Taking blood thinners", "Firm pressure can bruise when blood clots slowly.")),
            List.of("Taking blood thinners: keep the pressure light."), List.of());
    }

    static RoutineView stopped() {
        return new RoutineView(ID, Instant.parse("2026-11-23T10:00:00Z"), PlanStatus.STOP, Urgency.EMERGENCY, 15,
            "self", List.of("Lower back"), 0, List.of(), List.of(), List.of(),
            List.of(new RoutineView.Flag("saddle-numbness", "Numbness around the genitals or buttocks", Urgency.EMERGENCY),
                new RoutineView.Flag("fever", "Back pain with a high temperature", Urgency.URGENT)));
    }
}
