package app.unknot.walkthrough;

import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import app.unknot.routine.PlanStatus;
import app.unknot.routine.RoutineView;
import app.unknot.routine.TechniqueCard;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ready-made routine views for the walkthrough and sheet web slice tests (public for the sheet's). */
public final class RoutineFixtures {

    public static final String ID = "BBBBBBBBBBBBBBBBBBBBBB";
    public static final Instant CREATED = Instant.parse("2026-11-23T12:00:00Z");

    private RoutineFixtures() {
    }

    /** Three self-massage and stretch steps: one-sided warm-up and massage, a two-sided stretch. */
    public static RoutineView lowerBack() {
        var stroking = new TechniqueCard("self-effleurage", "Self effleurage (warm-up stroking)", TechniqueKind.MASSAGE,
            Performer.SELF, Posture.SEATED, Pressure.LIGHT, 90, 1, null, Set.of(Phase.WARM_UP, Phase.COOL_DOWN),
            List.of("lower-back"), List.of("hands", "chair"),
            List.of("Sit up straight with your feet flat.", "Stroke up beside the spine.", "Keep an even rhythm."),
            List.of("Stroke beside the spine, never on it."));
        var ball = new TechniqueCard("tennis-ball-back", "Tennis ball back massage", TechniqueKind.MASSAGE,
            Performer.SELF, Posture.LYING_ON_BACK, Pressure.LIGHT, 120, 1, null, Set.of(Phase.MASSAGE),
            List.of("lower-back"), List.of("tennis-ball"),
            List.of("Lie with the ball beside your spine.", "Roll slowly.", "Roll off the ball before getting up."),
            List.of("Keep the ball off the bones of the spine.", "Tender is fine; pain is not."));
        var twist = new TechniqueCard("supine-twist", "Gentle supine twist", TechniqueKind.STRETCH, Performer.ANY,
            Posture.LYING_ON_BACK, Pressure.LIGHT, 120, 2, Movement.SPINAL_ROTATION, Set.of(Phase.STRETCH),
            List.of("lower-back"), List.of("hands"),
            List.of("Bring your knees to your chest.", "Spread your arms in a T.", "Lower both knees to one side."),
            List.of());
        return new RoutineView(ID, CREATED, PlanStatus.CAUTION, null, 15, "self", List.of("Lower back"), 330,
            List.of(new RoutineView.Step(1, "warm-up", stroking, "self", List.of("lower-back"), 90,
                    "Warms up your lower back gently before deeper work.", toolNames(stroking)),
                new RoutineView.Step(2, "massage", ball, "self", List.of("lower-back"), 120,
                    "Works the muscles of your lower back.", toolNames(ball)),
                new RoutineView.Step(3, "stretch", twist, "self", List.of("lower-back"), 120,
                    "Lengthens the muscles of your lower back after the massage.", toolNames(twist))),
            List.of(new RoutineView.Excluded("massage-gun-back", "Massage gun on the back", "blood-thinners",
                "Taking blood thinners", "A massage gun can bruise when blood clots slowly.")),
            List.of("Taking blood thinners: keep the pressure light."), List.of());
    }

    /** A red flag stopped it: no steps. */
    public static RoutineView stopped() {
        return new RoutineView(ID, CREATED, PlanStatus.STOP, Urgency.EMERGENCY, 15, "self", List.of("Lower back"), 0,
            List.of(), List.of(), List.of(),
            List.of(new RoutineView.Flag("saddle-numbness", "Numbness around the genitals or buttocks", Urgency.EMERGENCY)));
    }

    /** Everything was ruled out: no steps, only advice. */
    public static RoutineView nothingSuitable() {
        return new RoutineView(ID, CREATED, PlanStatus.CAUTION, null, 15, "self", List.of("Lower back"), 0,
            List.of(), List.of(), List.of("Nothing in the catalog is both suitable and safe for what you told us."),
            List.of());
    }

    /** Mocks, so make them before stubbing with them: Mockito cannot stub inside a stubbing. */
    private static final Map<String, String> TOOL_NAMES = Map.of("hands", "Hands", "chair", "Chair",
        "tennis-ball", "Tennis ball");

    /** The card's tools by name, as RoutineViews names them. */
    public static List<String> toolNames(TechniqueCard card) {
        return card.tools().stream().map(TOOL_NAMES::get).toList();
    }
}
