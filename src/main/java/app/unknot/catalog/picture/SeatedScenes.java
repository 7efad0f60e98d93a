package app.unknot.catalog.picture;

import static app.unknot.catalog.picture.Limb.angles;
import static app.unknot.catalog.picture.Limb.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Seated on a chair, facing right, seen from the side; seen from the front, see {@link UprightScenes}. */
final class SeatedScenes {

    private SeatedScenes() {
    }

    static final Map<String, Scene> BY_NAME = Map.ofEntries(
        Map.entry("seated-strokes-chest", SeatedScenes::seatedStrokesChest),
        Map.entry("seated-rubs-lower-back", SeatedScenes::seatedRubsLowerBack),
        Map.entry("seated-fingers-on-neck", SeatedScenes::seatedFingersOnNeck),
        Map.entry("seated-fingers-on-temples", SeatedScenes::seatedFingersOnTemples),
        Map.entry("seated-foot-on-ball", SeatedScenes::seatedFootOnBall),
        Map.entry("seated-thumbs-on-sole", SeatedScenes::seatedThumbsOnSole),
        Map.entry("seated-toes-pulled-back", SeatedScenes::seatedToesPulledBack),
        Map.entry("seated-strokes-thigh", SeatedScenes::seatedStrokesThigh),
        Map.entry("seated-gun-on-thigh", SeatedScenes::seatedGunOnThigh),
        Map.entry("seated-gun-on-shoulder", SeatedScenes::seatedGunOnShoulder),
        Map.entry("seated-back-massager", SeatedScenes::seatedBackMassager),
        Map.entry("seated-heated-pad", SeatedScenes::seatedHeatedPad),
        Map.entry("seated-figure-four-lean", SeatedScenes::seatedFigureFourLean),
        Map.entry("seated-turning", SeatedScenes::seatedTurning),
        Map.entry("chair-edge-leg-straight", SeatedScenes::chairEdgeLegStraight));

    private static Pose seated(double hipX) {
        return Pose.at(hipX, 70).legs(reach(new Point(hipX + 20, 88.5), -1), reach(new Point(hipX + 17, 88.5), -1));
    }

    private static void chair(SvgCanvas canvas, double hipX) {
        Props.floor(canvas);
        Props.chair(canvas, hipX - 10, 75, 24, false);
    }

    // Self-massage seated.

    private static void seatedStrokesChest(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(60).arms(reach(body -> body.torso(0.78, 6.5), -1), angles(70, 20));
        chair(canvas, 60);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.torso(0.95, 13), body.torso(0.55, 13)), false);
    }

    private static void seatedRubsLowerBack(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(70).torso(-85).arms(reach(body -> body.torso(0.3, -7.5), 1), reach(body -> body.torso(0.25, -7.5), 1));
        chair(canvas, 70);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.torso(0.3, -16), 5, 200, 300, false);
    }

    private static void seatedFingersOnNeck(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(60).head(-80).arms(reach(body -> body.shoulder.between(body.neck, 0.6).towards(180, 3), -1),
            reach(body -> body.thigh(0.7, 4), 1));
        chair(canvas, 60);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.head.plus(-12, 2), body.shoulder.plus(-12, 6)), false);
    }

    private static void seatedFingersOnTemples(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(60).arms(reach(body -> body.head.plus(2, 0), -1), reach(body -> body.head.plus(3, -1), -1));
        chair(canvas, 60);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.head.plus(2, -14), 5, 150, 290, false);
    }

    private static void seatedFootOnBall(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(55).legs(reach(new Point(82, 83.5), -1), reach(new Point(72, 88.5), -1)).feet(5, Double.NaN)
            .arms(reach(body -> body.thigh(0.8, 4), 1), reach(body -> body.farThigh(0.7, 4), 1));
        chair(canvas, 55);
        Body body = pose.body();
        Props.tennisBall(canvas, body.nearAnkle.between(body.nearToe, 0.4).plus(0, 5.4));
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.nearAnkle.plus(-6, 11), body.nearToe.plus(6, 11)), true);
    }

    private static Pose footOnKnee(double hipX) {
        return seated(hipX).torso(-80)
            .legs(reach(body -> body.farKnee.plus(3, -5), -1), reach(new Point(hipX + 17, 88.5), -1)).feet(-20, Double.NaN);
    }

    private static void seatedThumbsOnSole(SvgCanvas canvas, Set<String> worked) {
        Pose pose = footOnKnee(55).arms(reach(body -> body.nearAnkle.between(body.nearToe, 0.5).plus(0, 2), 1),
            reach(body -> body.nearAnkle.between(body.nearToe, 0.8), 1));
        chair(canvas, 55);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.nearToe.plus(6, -8), 4, 180, 300, false);
    }

    private static void seatedToesPulledBack(SvgCanvas canvas, Set<String> worked) {
        Pose pose = footOnKnee(55).legs(reach(body -> body.farKnee.plus(3, -5), -1), reach(new Point(72, 88.5), -1))
            .feet(-55, Double.NaN)
            .arms(reach(body -> body.nearToe, 1), reach(body -> body.nearAnkle, 1));
        chair(canvas, 55);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.nearAnkle, 13, -10, -55, false);
    }

    private static void seatedStrokesThigh(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(60).torso(-80).arms(reach(body -> body.thigh(0.65, 4), 1), reach(body -> body.thigh(0.45, 4), 1));
        chair(canvas, 60);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.thigh(1.1, 12), body.thigh(0.15, 12)), false);
    }

    private static void seatedGunOnThigh(SvgCanvas canvas, Set<String> worked) {
        // The gun stands on the top of the thigh, like a drill pointing down, its handle towards the body in the near hand.
        Pose pose = seated(60).torso(-82)
            .arms(reach(body -> Props.massageGunGrip(gunOnThigh(body), GUN_ON_THIGH, 1), 1), reach(body -> body.farThigh(0.35, 4), 1));
        chair(canvas, 60);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        Props.massageGun(canvas, gunOnThigh(body), GUN_ON_THIGH, 1);
        Figure.nearHand(canvas, body);
        canvas.arrow(List.of(body.thigh(1.08, 14), body.thigh(1.75, 14)), true);
    }

    private static final double GUN_ON_THIGH = 100;

    private static Point gunOnThigh(Body body) {
        return body.thigh(0.8, 6.8);
    }

    private static void seatedGunOnShoulder(SvgCanvas canvas, Set<String> worked) {
        // The gun comes down onto the top of the shoulder from behind, held by the other hand.
        Pose pose = seated(60).arms(angles(80, 30), reach(body -> Props.massageGunGrip(gunOnShoulder(body), GUN_POINTING, 1), -1));
        chair(canvas, 60);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        Props.massageGun(canvas, gunOnShoulder(body), GUN_POINTING, 1);
        canvas.arrow(List.of(body.torso(0.98, -14).plus(0, -3), body.torso(0.5, -14)), true);
    }

    private static final double GUN_POINTING = 60;

    private static Point gunOnShoulder(Body body) {
        return body.shoulder.plus(-3, -6.5);
    }

    private static void seatedBackMassager(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(62).torso(-96).arms(reach(body -> body.thigh(0.6, 4), 1), reach(body -> body.thigh(0.5, 4), 1));
        chair(canvas, 54);
        Body body = pose.body();
        Props.pad(canvas, body.torso(0.15, -8.5), body.torso(0.85, -8.5), 4);
        Figure.draw(canvas, body, worked);
        for (double at : new double[] {0.3, 0.55, 0.8}) {
            canvas.circle(body.torso(at, -8.5), 1.3, SvgCanvas.PROP_LINE, null, 0);
        }
    }

    private static void seatedHeatedPad(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(66).arms(reach(body -> body.thigh(0.6, 4), 1), reach(body -> body.thigh(0.5, 4), 1));
        chair(canvas, 66);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        Props.pad(canvas, body.torso(0.1, -6.5), body.torso(0.45, -6.5), 5);
        Props.warmth(canvas, body.torso(0.3, -14).plus(0, 4));
    }

    // Seated stretches.

    private static void seatedFigureFourLean(SvgCanvas canvas, Set<String> worked) {
        Pose pose = footOnKnee(58).torso(-62).head(-40)
            .arms(reach(body -> body.nearKnee.plus(2, -2), 1), reach(body -> body.nearAnkle.plus(0, -2), 1));
        chair(canvas, 58);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.hip, 36, -95, 25, false);
    }

    private static void seatedTurning(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(62).arms(reach(body -> new Point(50, 50), -1), reach(body -> body.nearKnee.plus(-2, -3), 1));
        chair(canvas, 62);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        Point centre = body.torso(0.75, 0);
        canvas.path("M" + SvgCanvas.n(centre.x() + 12) + " " + SvgCanvas.n(centre.y() - 2)
            + "a12 4 0 1 1 -8 4", centre, 14, "none", SvgCanvas.ARROW, 1.6);
        canvas.polyline(List.of(centre.plus(1, 0), centre.plus(4, 2.4), centre.plus(0.5, 4.6)), 1.6, SvgCanvas.ARROW);
    }

    private static void chairEdgeLegStraight(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(62).torso(-55).head(-35).legs(reach(new Point(99, 88.5), -1), reach(new Point(78, 88.5), -1)).feet(-70, Double.NaN)
            .arms(reach(body -> body.thigh(0.8, 4), 1), reach(body -> body.thigh(0.7, 4), 1));
        chair(canvas, 58);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.hip, 36, -100, 30, false);
    }
}
