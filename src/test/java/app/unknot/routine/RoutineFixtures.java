package app.unknot.routine;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Instruction;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Tool;
import app.unknot.catalog.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The sample routines of the web slice tests, as their pages show them: one fixture for every package. */
public final class RoutineFixtures {

    public static final String ID = "BBBBBBBBBBBBBBBBBBBBBB";
    public static final Instant CREATED = Instant.parse("2026-11-23T12:00:00Z");

    private static final List<String> LOWER_BACK = List.of("lower-back");
    private static final String BLOOD_THINNERS_ADVICE = "Taking blood thinners: keep the pressure light.";

    private RoutineFixtures() {
    }

    /** Three self-massage and stretch steps: one-sided warm-up and massage, a two-sided stretch. */
    public static RoutineView lowerBack() {
        var stroking = technique("self-effleurage", "Self effleurage (warm-up stroking)", TechniqueKind.MASSAGE,
            Performer.SELF, Posture.SEATED, 90, 1, null, Set.of(Phase.WARM_UP, Phase.COOL_DOWN), List.of("hands", "chair"),
            List.of("Sit up straight with your feet flat.", "Stroke up beside the spine.", "Keep an even rhythm."),
            List.of("Stroke beside the spine, never on it."));
        var ball = technique("tennis-ball-back", "Tennis ball back massage", TechniqueKind.MASSAGE, Performer.SELF,
            Posture.LYING_ON_BACK, 120, 1, null, Set.of(Phase.MASSAGE), List.of("tennis-ball"),
            List.of("Lie with the ball beside your spine.", "Roll slowly.", "Roll off the ball before getting up."),
            List.of("Keep the ball off the bones of the spine.", "Tender is fine; pain is not."));
        var twist = technique("supine-twist", "Gentle supine twist", TechniqueKind.STRETCH, Performer.ANY,
            Posture.LYING_ON_BACK, 120, 2, Movement.SPINAL_ROTATION, Set.of(Phase.STRETCH), List.of("hands"),
            List.of("Bring your knees to your chest.", "Spread your arms in a T.", "Lower both knees to one side."),
            List.of());
        return new RoutineView(ID, CREATED, PlanStatus.CAUTION, null, 15, Performer.SELF, List.of("Lower back"), 330,
            List.of(step(1, Phase.WARM_UP, stroking, Performer.SELF, 90, "Warms up your lower back gently before deeper work."),
                step(2, Phase.MASSAGE, ball, Performer.SELF, 120, "Works the muscles of your lower back."),
                step(3, Phase.STRETCH, twist, Performer.SELF, 120, "Lengthens the muscles of your lower back after the massage.")),
            List.of(new ExclusionView("massage-gun-back", "Massage gun on the back", "blood-thinners",
                "Taking blood thinners", "A massage gun can bruise when blood clots slowly.")),
            List.of(BLOOD_THINNERS_ADVICE), List.of(), 3, null, null, Handout.NONE, List.of());
    }

    /** {@link #lowerBack()} after a safety rule was added that leaves its second step out. */
    public static RoutineView lowerBackWithAStepLeftOut() {
        RoutineView routine = lowerBack();
        List<StepView> steps = new ArrayList<>(routine.steps());
        StepView ball = steps.get(1);
        steps.set(1, new StepView(ball.order(), ball.phase(), ball.technique(), ball.performer(), ball.areas(),
            ball.seconds(), ball.reason(), ball.toolNames(), new ExclusionView(ball.technique().slug(),
                ball.technique().name(), "blood-thinners", "Taking blood thinners", "No balls on the back any more."), null));
        return new RoutineView(routine.id(), routine.createdAt(), routine.status(), routine.urgency(), routine.minutes(),
            routine.performer(), routine.areaNames(), routine.totalSeconds(), steps, routine.excluded(), routine.advice(),
            routine.redFlags(), routine.painLevel(), routine.madeFrom(), routine.adjustedFrom(), routine.handout(), routine.leftAlone());
    }

    /** {@link #lowerBack()} as a therapist's version: adjusted from another, with a handout and a note on its second step. */
    public static RoutineView adjustedLowerBack() {
        RoutineView routine = lowerBack();
        List<StepView> steps = new ArrayList<>(routine.steps());
        StepView ball = steps.get(1);
        steps.set(1, new StepView(ball.order(), ball.phase(), ball.technique(), ball.performer(), ball.areas(),
            ball.seconds(), ball.reason(), ball.toolNames(), null, "Lighter on the left side."));
        return new RoutineView(routine.id(), routine.createdAt(), routine.status(), routine.urgency(), routine.minutes(),
            routine.performer(), routine.areaNames(), routine.totalSeconds(), steps, routine.excluded(), routine.advice(),
            routine.redFlags(), routine.painLevel(), null, "Ab12Cd34Ef56Gh78Ij90Kl",
            new Handout("Mornings, and after long sitting.", new Frequency(2, Frequency.Per.DAY, 4), "AB",
                "Jo Smith, Calm Back Clinic", null), List.of());
    }

    /** A partner's massage and a two-sided stretch, with a technique left out for blood thinners. */
    public static RoutineView partnerLowerBack() {
        var kneading = technique("spine-sacrum-circular-kneading", "Circular kneading", TechniqueKind.MASSAGE,
            Performer.PARTNER, Posture.LYING_ON_FRONT, 180, 1, null, Set.of(Phase.MASSAGE), List.of("hands"),
            List.of("Kneel beside them.", "Circle.", "Ease off."), List.of("Never press on the spine."));
        var twist = technique("supine-twist", "Gentle supine twist", TechniqueKind.STRETCH, Performer.ANY,
            Posture.LYING_ON_BACK, 90, 2, Movement.SPINAL_ROTATION, Set.of(Phase.STRETCH), List.of("hands"),
            List.of("Knees up.", "Arms out.", "Lower the knees."), List.of("Go gently."));
        return new RoutineView(ID, CREATED, PlanStatus.CAUTION, null, 15, Performer.PARTNER, List.of("Lower back"), 450,
            List.of(step(1, Phase.MASSAGE, kneading, Performer.PARTNER, 270, "Works the muscles of your lower back."),
                step(2, Phase.STRETCH, twist, Performer.SELF, 180, "Lengthens the muscles of your lower back after the massage.")),
            List.of(new ExclusionView("petrissage", "Petrissage (kneading)", "blood-thinners", "Taking blood thinners",
                "Firm pressure can bruise when blood clots slowly.")),
            List.of(BLOOD_THINNERS_ADVICE), List.of(), 3, null, null, Handout.NONE, List.of());
    }

    /** Red flags stopped it: no steps, the most urgent flag first. */
    public static RoutineView stopped() {
        return new RoutineView(ID, CREATED, PlanStatus.STOP, Urgency.EMERGENCY, 15, Performer.SELF, List.of("Lower back"), 0,
            List.of(), List.of(), List.of(),
            List.of(new RedFlag("saddle-numbness", "Numbness around the genitals or buttocks", "About it.", "Get help.", Urgency.EMERGENCY, List.of(), null, List.of("A public source")),
                new RedFlag("fever", "Back pain with a high temperature", "About it.", "Get help.", Urgency.URGENT, List.of(), null, List.of("A public source"))), 3, null, null, Handout.NONE, List.of());
    }

    /** Everything was ruled out: no steps, only advice. */
    public static RoutineView nothingSuitable() {
        return new RoutineView(ID, CREATED, PlanStatus.CAUTION, null, 15, Performer.SELF, List.of("Lower back"), 0,
            List.of(), List.of(), List.of("Nothing in the catalog is both suitable and safe for what you told us."),
            List.of(), 3, null, null, Handout.NONE, List.of());
    }

    /** The step as if it were another technique of the routine, with this slug and these cautions. */
    public static StepView withCautions(StepView step, String slug, List<String> cautions) {
        Technique t = step.technique();
        var other = new Technique(slug, t.name(), t.kind(), t.performer(), t.posture(), t.pressure(), t.seconds(),
            t.longestSeconds(), t.sides(), t.movement(), t.phases(), t.areas(), t.tools(), t.summary(), t.instructions(), cautions);
        return new StepView(step.order(), step.phase(), other, step.performer(), step.areas(), step.seconds(),
            step.reason(), step.toolNames(), step.leaveOut(), step.note());
    }

    private static StepView step(int order, Phase phase, Technique technique, Performer performer, int seconds, String reason) {
        return new StepView(order, phase, technique, performer, LOWER_BACK, seconds, reason,
            technique.tools().stream().map(Tool::name).toList(), null, null);
    }

    private static Technique technique(String slug, String name, TechniqueKind kind, Performer performer, Posture posture,
            int seconds, int sides, Movement movement, Set<Phase> phases, List<String> tools, List<String> instructions,
            List<String> cautions) {
        return new Technique(slug, name, kind, performer, posture, Pressure.LIGHT, seconds, 2 * seconds, sides, movement, phases,
            LOWER_BACK.stream().map(CatalogFixture::area).toList(), tools.stream().map(CatalogFixture::tool).toList(),
            "About " + name + ".", instructions.stream().map(Instruction::of).toList(), cautions);
    }
}
