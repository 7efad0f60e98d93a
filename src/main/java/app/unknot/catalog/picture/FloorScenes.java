package app.unknot.catalog.picture;

import static app.unknot.catalog.picture.Limb.angles;
import static app.unknot.catalog.picture.Limb.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Down on the floor but not lying on it: sitting, on a foam roller, kneeling or on all fours. */
final class FloorScenes {

    private static final double FLOOR = Props.FLOOR_Y;

    private FloorScenes() {
    }

    static final Map<String, Scene> BY_NAME = Map.ofEntries(
        Map.entry("floor-strokes-leg", FloorScenes::floorStrokesLeg),
        Map.entry("floor-kneads-calf", FloorScenes::floorKneadsCalf),
        Map.entry("roller-under-calf", FloorScenes::rollerUnderCalf),
        Map.entry("roller-under-hamstring", FloorScenes::rollerUnderHamstring),
        Map.entry("roller-under-thigh-front", FloorScenes::rollerUnderThighFront),
        Map.entry("sitting-on-roller-crossed", FloorScenes::sittingOnRollerCrossed),
        Map.entry("roller-under-lower-back", FloorScenes::rollerUnderLowerBack),
        Map.entry("roller-under-side-of-thigh", FloorScenes::rollerUnderSideOfThigh),
        Map.entry("roller-under-upper-back", FloorScenes::rollerUnderUpperBack),
        Map.entry("all-fours-back-rounded", (canvas, worked) -> allFours(canvas, worked, -5)),
        Map.entry("all-fours-back-arched", (canvas, worked) -> allFours(canvas, worked, 4)),
        Map.entry("kneeling-upright-arms-up", FloorScenes::kneelingUpright),
        Map.entry("kneeling-folded-forward", FloorScenes::kneelingFoldedForward),
        Map.entry("half-kneeling-lunge", FloorScenes::halfKneelingLunge));

    // Sitting on the floor, facing right.

    private static Pose sittingOnFloor() {
        return Pose.at(45, 85).torso(-75)
            .legs(reach(new Point(76, 88.5), -1), angles(0, 0));
    }

    private static void floorStrokesLeg(SvgCanvas canvas, Set<String> worked) {
        Pose pose = sittingOnFloor().arms(reach(body -> body.shin(0.55, 3), 1), reach(body -> body.shin(0.45, -3), 1));
        Props.floor(canvas);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.shin(0.9, 9), body.thigh(0.3, 9)), false);
    }

    private static void floorKneadsCalf(SvgCanvas canvas, Set<String> worked) {
        Pose pose = sittingOnFloor().arms(reach(body -> body.shin(0.4, -3), 1), reach(body -> body.shin(0.3, -3.5), 1));
        Props.floor(canvas);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.nearKnee.plus(6, -10), 5, 200, 300, false);
    }

    // Foam rolling.

    /** Lying on a foam roller: the roller under one point of the body, the arrow along what it rolls. */
    private static void onRoller(SvgCanvas canvas, Set<String> worked, Pose pose, Function<Body, Point> over,
                                 Function<Body, List<Point>> stroke) {
        Props.floor(canvas);
        Body body = pose.body();
        Props.roller(canvas, new Point(over.apply(body).x(), FLOOR - 6.5));
        Figure.draw(canvas, body, worked);
        canvas.arrow(stroke.apply(body), true);
    }

    private static void rollerUnderCalf(SvgCanvas canvas, Set<String> worked) {
        onRoller(canvas, worked, Pose.at(45, 80).torso(-145).legs(angles(-10, 0), reach(new Point(68, 88.5), -1))
                .arms(reach(new Point(22, 89), -1), reach(new Point(25, 89), -1)).head(-110),
            body -> body.shin(0.5, 0), body -> List.of(body.shin(0.1, 9), body.shin(0.9, 9)));
    }

    private static void rollerUnderHamstring(SvgCanvas canvas, Set<String> worked) {
        onRoller(canvas, worked, Pose.at(45, 75.5).torso(-150).legs(angles(0, 8), reach(new Point(70, 88.5), -1))
                .arms(reach(new Point(20, 89), -1), reach(new Point(23, 89), -1)).head(-115),
            body -> body.thigh(0.55, 0), body -> List.of(body.thigh(0.1, 10), body.thigh(0.95, 10)));
    }

    private static void rollerUnderThighFront(SvgCanvas canvas, Set<String> worked) {
        onRoller(canvas, worked, Pose.at(95, 75).torso(180).facingLeft().head(195)
                .legs(angles(0, 8), reach(new Point(128, 88.5), 1)).feet(40, 40)
                .arms(angles(90, 180), angles(92, 180)),
            body -> body.thigh(0.55, 0), body -> List.of(body.thigh(0.1, -10), body.thigh(0.95, -10)));
    }

    private static void sittingOnRollerCrossed(SvgCanvas canvas, Set<String> worked) {
        Point roller = new Point(55, FLOOR - 6.5);
        Pose pose = Pose.at(55, 73).torso(-125).head(-100)
            .legs(reach(body -> body.farKnee.plus(1, -4), -1), reach(new Point(88, 88.5), -1))
            .arms(reach(new Point(30, 89), -1), reach(new Point(33, 89), -1));
        Props.floor(canvas);
        Props.roller(canvas, roller);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(roller.plus(-10, 12), roller.plus(10, 12)), true);
    }

    private static void rollerUnderLowerBack(SvgCanvas canvas, Set<String> worked) {
        onRoller(canvas, worked, Pose.at(97, 76).torso(168).legs(reach(new Point(124, 88.5), -1), reach(new Point(121, 88.5), -1))
                .arms(reach(body -> body.torso(0.75, 7), 1), reach(body -> body.torso(0.7, 7), 1)),
            body -> body.torso(0.22, 0), body -> List.of(body.torso(0.05, 14), body.torso(0.45, 14)));
    }

    private static void rollerUnderSideOfThigh(SvgCanvas canvas, Set<String> worked) {
        onRoller(canvas, worked, Pose.at(92, 75).torso(196).head(200)
                .legs(angles(2, 4), reach(new Point(108, 88.5), -1))
                .arms(angles(88, 180), reach(body -> body.torso(0.4, 9), 1)),
            body -> body.thigh(0.55, 0), body -> List.of(body.thigh(0.1, 12), body.thigh(0.95, 12)));
    }

    private static void rollerUnderUpperBack(SvgCanvas canvas, Set<String> worked) {
        onRoller(canvas, worked, Pose.at(97, 83).torso(206).legs(reach(new Point(124, 88.5), -1), reach(new Point(121, 88.5), -1))
                .arms(reach(body -> body.head.plus(-3, -5), -1), reach(body -> body.head.plus(-2, -5), -1)),
            body -> body.torso(0.68, 0), body -> List.of(body.torso(0.45, 12), body.torso(0.95, 12)));
    }

    // Kneeling.

    private static void allFours(SvgCanvas canvas, Set<String> worked, double bow) {
        Pose pose = Pose.at(58, 66).torso(-9).curve(bow).head(bow < 0 ? 50 : -35)
            .legs(angles(90, 180), angles(88, 180)).feet(180, 180)
            .arms(reach(new Point(86, 89), 1), reach(new Point(89, 89), 1));
        Body body = Figure.onMat(canvas, pose, worked, 30, 110);
        Point mid = body.torso(0.5, bow < 0 ? -13 : -9);
        canvas.arrow(List.of(mid.plus(0, bow < 0 ? 6 : -6), mid.plus(0, bow < 0 ? -3 : 4)), false);
    }

    private static void kneelingUpright(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(62, 68).torso(-90).legs(angles(90, 180), angles(90, 180)).feet(180, 180)
            .arms(angles(-60, -60), angles(-62, -62));
        Props.floor(canvas);
        Props.mat(canvas, 30, 110);
        Figure.draw(canvas, pose.body(), worked);
    }

    private static void kneelingFoldedForward(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(52, 76).torso(10).head(32)
            .legs(angles(28, 180), angles(26, 180)).feet(180, 180)
            .arms(reach(new Point(118, 89), -1), reach(new Point(121, 89), -1));
        Props.floor(canvas);
        Props.mat(canvas, 30, 130);
        Figure.draw(canvas, pose.body(), worked);
    }

    private static void halfKneelingLunge(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(72, 64).torso(-90)
            .legs(reach(new Point(58, 87), 1), reach(new Point(94, 88.5), -1)).feet(185, Double.NaN)
            .arms(reach(body -> body.farKnee.plus(-2, -3), 1), reach(body -> body.farKnee.plus(0, -3), 1));
        Body body = Figure.onMat(canvas, pose, worked, 30, 120);
        canvas.arrow(List.of(body.hip.plus(-10, -6), body.hip.plus(2, -6)), false);
    }
}
