package app.unknot.catalog.picture;

import static app.unknot.catalog.picture.Limb.angles;
import static app.unknot.catalog.picture.Limb.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lying down: face down on a bed under a partner's hands, on the back on the floor or a mat (seen from
 * the side, or from above for the twist). Head to the left.
 */
final class LyingScenes {

    private static final double FLOOR = Props.FLOOR_Y;
    private static final String PARTNER = "#9aa5b1";

    private LyingScenes() {
    }

    static final Map<String, Scene> BY_NAME = Map.ofEntries(
        Map.entry("partner-strokes-back", LyingScenes::partnerStrokesBack),
        Map.entry("partner-circles-lower-back", LyingScenes::partnerCirclesLowerBack),
        Map.entry("partner-presses-glutes", LyingScenes::partnerPressesGlutes),
        Map.entry("partner-kneads-shoulders", LyingScenes::partnerKneadsShoulders),
        Map.entry("lying-on-ball", LyingScenes::lyingOnBall),
        Map.entry("lying-hand-circles-belly", LyingScenes::lyingHandCirclesBelly),
        Map.entry("lying-legs-on-couch", LyingScenes::lyingLegsOnCouch),
        Map.entry("lying-figure-four", LyingScenes::lyingFigureFour),
        Map.entry("lying-knee-hugged", LyingScenes::lyingKneeHugged),
        Map.entry("lying-hands-on-belly", LyingScenes::lyingHandsOnBelly),
        Map.entry("lying-knees-up-above", LyingScenes::lyingKneesUpAbove),
        Map.entry("lying-knees-dropped-above", LyingScenes::lyingKneesDroppedAbove));

    // Partners: the person lies face down on a bed, head to the left; the partner stands behind it, seen
    // from the waist up, leaning in. Only the bed is drawn, no floor: the picture stays wide and low.

    private static Pose lyingFaceDownOnBed() {
        // The arms lie by the sides, sloping down to the bed, so the back stays in view.
        return Pose.at(100, 56).torso(180).facingLeft().legs(angles(0, 0), angles(0, 0))
            .feet(25, 25).arms(angles(13, 2), angles(15, 2));
    }

    private static void onBedWithPartner(SvgCanvas canvas, Set<String> worked, Point rightHand, Point leftHand) {
        Body person = lyingFaceDownOnBed().body();
        double x = (rightHand.x() + leftHand.x()) / 2;
        FrontFigure partner = new FrontFigure(new Point(x, 58), -90, -82).legsHidden()
            .arms(reach(rightHand, -1), reach(leftHand, 1));
        partner.drawBody(canvas, Set.of(), PARTNER);
        Props.bed(canvas, 38, 62, 116);
        Figure.draw(canvas, person, worked);
        partner.drawArms(canvas, PARTNER);
    }

    private static void partnerStrokesBack(SvgCanvas canvas, Set<String> worked) {
        Body person = lyingFaceDownOnBed().body();
        onBedWithPartner(canvas, worked, person.torso(0.35, -6.5), person.torso(0.55, -6.5));
        canvas.arrow(List.of(person.torso(0.1, -13), person.torso(0.95, -13)), false);
    }

    private static void partnerCirclesLowerBack(SvgCanvas canvas, Set<String> worked) {
        Body person = lyingFaceDownOnBed().body();
        onBedWithPartner(canvas, worked, person.torso(0.12, -6.5), person.torso(0.3, -6.5));
        canvas.arcArrow(person.torso(0.2, -16), 5, 200, 300, false);
    }

    private static void partnerPressesGlutes(SvgCanvas canvas, Set<String> worked) {
        Body person = lyingFaceDownOnBed().body();
        onBedWithPartner(canvas, worked, person.torso(-0.05, -6.5), person.torso(0.12, -6.5));
        canvas.arrow(List.of(person.torso(0.03, -24), person.torso(0.03, -15)), false);
    }

    private static void partnerKneadsShoulders(SvgCanvas canvas, Set<String> worked) {
        Body person = lyingFaceDownOnBed().body();
        onBedWithPartner(canvas, worked, person.torso(0.7, -6.5), person.torso(0.9, -6.5));
        canvas.arcArrow(person.torso(0.8, -17), 5, 200, 300, false);
    }

    // Lying on the back, head to the left.

    private static Pose lyingOnBack(double hipX, double hipY) {
        return Pose.at(hipX, hipY).torso(180)
            .legs(reach(new Point(hipX + 28, 88.5), -1), reach(new Point(hipX + 25, 88.5), -1))
            .arms(angles(0, 0), angles(5, 0));
    }

    private static void lyingOnBall(SvgCanvas canvas, Set<String> worked) {
        Pose pose = lyingOnBack(95, 80).torso(182);
        Props.floor(canvas);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        Props.tennisBall(canvas, new Point(body.torso(0.4, 0).x(), FLOOR - 3.6));
        canvas.arrow(List.of(body.torso(0.2, 13), body.torso(0.75, 13)), true);
    }

    private static void lyingHandCirclesBelly(SvgCanvas canvas, Set<String> worked) {
        Pose pose = lyingOnBack(95, 86).arms(reach(body -> body.torso(0.3, 7.5), 1), angles(10, 0));
        Body body = Figure.onMat(canvas, pose, worked, 40, 135);
        canvas.arcArrow(body.torso(0.3, 19), 6, 180, 300, false);
    }

    // Stretches lying on the back.

    private static void lyingLegsOnCouch(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(70, 86).torso(180).legs(angles(-90, 0), angles(-92, -2)).arms(angles(0, 0), angles(5, 0));
        Props.floor(canvas);
        Body body = pose.body();
        Props.couch(canvas, 80, body.nearAnkle.y() + 2.8, 52);
        Figure.draw(canvas, body, worked);
    }

    private static void lyingFigureFour(SvgCanvas canvas, Set<String> worked) {
        // The crossed leg is the near one: its knee falls out towards the viewer and its ankle rests on the
        // far thigh at the knee, making the "4". The far leg, drawn up, shows its shin above. The near hand
        // reaches through the gap to the back of that thigh, the far one round its front.
        Pose pose = lyingOnBack(90, 86).crossed()
            .legs(reach(body -> body.farThigh(1, 0), 1), angles(-110, -40)).feet(-125, -120)
            .arms(reach(body -> body.farThigh(0.62, -4.5), -1), reach(body -> body.farThigh(0.7, 3.5), -1));
        Body body = Figure.onMat(canvas, pose, worked, 40, 130);
        canvas.arcArrow(body.hip, 34, -100, -35, false);
    }

    private static void lyingKneeHugged(SvgCanvas canvas, Set<String> worked) {
        Pose pose = lyingOnBack(90, 86).legs(angles(-125, 10), angles(0, 0))
            .arms(reach(body -> body.shin(0.25, 3.5), -1), reach(body -> body.shin(0.2, 3.5), -1));
        Body body = Figure.onMat(canvas, pose, worked, 40, 140);
        canvas.arcArrow(body.hip, 30, -80, -40, false);
    }

    private static void lyingHandsOnBelly(SvgCanvas canvas, Set<String> worked) {
        Pose pose = lyingOnBack(95, 86).arms(reach(body -> body.torso(0.3, 7.5), 1), reach(body -> body.torso(0.75, 7.5), 1));
        Body body = Figure.onMat(canvas, pose, worked, 40, 135);
        canvas.arrow(List.of(body.torso(0.3, 12), body.torso(0.3, 22)), true);
    }

    // The twist seen from above: lying on the back, head to the left, arms out.

    private static FrontFigure fromAbove(Limb rightLeg, Limb leftLeg) {
        return new FrontFigure(new Point(88, 50), 180, 180)
            .arms(angles(-100, -100), angles(100, 100))
            .legs(rightLeg, leftLeg);
    }

    private static void lyingKneesUpAbove(SvgCanvas canvas, Set<String> worked) {
        canvas.rect(30, 10, 112, 80, 4, "#dde3e8", SvgCanvas.FLOOR, 0.8);
        fromAbove(angles(2, 0), angles(-2, 0)).draw(canvas, worked);
    }

    private static void lyingKneesDroppedAbove(SvgCanvas canvas, Set<String> worked) {
        canvas.rect(30, 10, 112, 80, 4, "#dde3e8", SvgCanvas.FLOOR, 0.8);
        fromAbove(angles(45, 150), angles(55, 160)).draw(canvas, worked);
        canvas.arcArrow(new Point(100, 50), 24, -20, 60, false);
    }
}
