package app.unknot.catalog.picture;

import static app.unknot.catalog.picture.Limb.angles;
import static app.unknot.catalog.picture.Limb.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every position the pictures show, by name. Most are side views of one {@link Pose}; a few are seen
 * from the front or above ({@link FrontFigure}). Coordinates are picture units, the floor at y 92.
 */
final class Scenes {

    private static final double FLOOR = Props.FLOOR_Y;
    private static final String PARTNER = "#9aa5b1";

    private Scenes() {
    }

    static final Map<String, Scene> BY_NAME = Map.ofEntries(
        Map.entry("partner-strokes-back", Scenes::partnerStrokesBack),
        Map.entry("partner-circles-lower-back", Scenes::partnerCirclesLowerBack),
        Map.entry("partner-presses-glutes", Scenes::partnerPressesGlutes),
        Map.entry("partner-kneads-shoulders", Scenes::partnerKneadsShoulders),
        Map.entry("seated-strokes-chest", Scenes::seatedStrokesChest),
        Map.entry("floor-strokes-leg", Scenes::floorStrokesLeg),
        Map.entry("floor-kneads-calf", Scenes::floorKneadsCalf),
        Map.entry("seated-rubs-lower-back", Scenes::seatedRubsLowerBack),
        Map.entry("lying-on-ball", Scenes::lyingOnBall),
        Map.entry("wall-ball-behind", (canvas, worked) -> wallBallBehind(canvas, worked, false)),
        Map.entry("wall-golf-ball-behind", (canvas, worked) -> wallBallBehind(canvas, worked, true)),
        Map.entry("wall-ball-chest", Scenes::wallBallChest),
        Map.entry("roller-under-calf", Scenes::rollerUnderCalf),
        Map.entry("roller-under-hamstring", Scenes::rollerUnderHamstring),
        Map.entry("roller-under-thigh-front", Scenes::rollerUnderThighFront),
        Map.entry("sitting-on-roller-crossed", Scenes::sittingOnRollerCrossed),
        Map.entry("roller-under-lower-back", Scenes::rollerUnderLowerBack),
        Map.entry("roller-under-side-of-thigh", Scenes::rollerUnderSideOfThigh),
        Map.entry("roller-under-upper-back", Scenes::rollerUnderUpperBack),
        Map.entry("seated-fingers-on-neck", Scenes::seatedFingersOnNeck),
        Map.entry("seated-fingers-on-temples", Scenes::seatedFingersOnTemples),
        Map.entry("lying-hand-circles-belly", Scenes::lyingHandCirclesBelly),
        Map.entry("seated-foot-on-ball", Scenes::seatedFootOnBall),
        Map.entry("seated-thumbs-on-sole", Scenes::seatedThumbsOnSole),
        Map.entry("seated-strokes-thigh", Scenes::seatedStrokesThigh),
        Map.entry("seated-gun-on-thigh", Scenes::seatedGunOnThigh),
        Map.entry("seated-gun-on-shoulder", Scenes::seatedGunOnShoulder),
        Map.entry("seated-neck-massager", Scenes::seatedNeckMassager),
        Map.entry("seated-back-massager", Scenes::seatedBackMassager),
        Map.entry("seated-heated-pad", Scenes::seatedHeatedPad),
        Map.entry("lying-legs-on-couch", Scenes::lyingLegsOnCouch),
        Map.entry("lying-figure-four", Scenes::lyingFigureFour),
        Map.entry("lying-knees-up-above", Scenes::lyingKneesUpAbove),
        Map.entry("lying-knees-dropped-above", Scenes::lyingKneesDroppedAbove),
        Map.entry("lying-knee-hugged", Scenes::lyingKneeHugged),
        Map.entry("all-fours-back-rounded", (canvas, worked) -> allFours(canvas, worked, -5)),
        Map.entry("all-fours-back-arched", (canvas, worked) -> allFours(canvas, worked, 4)),
        Map.entry("kneeling-upright-arms-up", Scenes::kneelingUpright),
        Map.entry("kneeling-folded-forward", Scenes::kneelingFoldedForward),
        Map.entry("seated-figure-four-lean", Scenes::seatedFigureFourLean),
        Map.entry("seated-turning", Scenes::seatedTurning),
        Map.entry("seated-ear-to-shoulder", Scenes::seatedEarToShoulder),
        Map.entry("standing-shoulder-circles", Scenes::standingShoulderCircles),
        Map.entry("forearm-on-wall-turning-away", Scenes::forearmOnWallTurningAway),
        Map.entry("arm-across-chest", Scenes::armAcrossChest),
        Map.entry("standing-heel-to-buttock", Scenes::standingHeelToButtock),
        Map.entry("chair-edge-leg-straight", Scenes::chairEdgeLegStraight),
        Map.entry("hands-on-wall-leg-back", Scenes::handsOnWallLegBack),
        Map.entry("half-kneeling-lunge", Scenes::halfKneelingLunge),
        Map.entry("wall-side-hip-out", Scenes::wallSideHipOut),
        Map.entry("seated-toes-pulled-back", Scenes::seatedToesPulledBack),
        Map.entry("lying-hands-on-belly", Scenes::lyingHandsOnBelly));

    // Partners: the person lies face down on a bed, head to the left; the partner stands behind it, seen
    // from the waist up, leaning in. Only the bed is drawn, no floor: the picture stays wide and low.

    /** Whether a scene is a partner's massage, which the sheet prints larger (TechniquePictures). */
    static boolean partner(String name) {
        return name.startsWith("partner-");
    }

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

    // Seated on a chair, facing right.

    private static Pose seated(double hipX) {
        return Pose.at(hipX, 70).legs(reach(new Point(hipX + 20, 88.5), -1), reach(new Point(hipX + 17, 88.5), -1));
    }

    private static void chair(SvgCanvas canvas, double hipX) {
        Props.floor(canvas);
        Props.chair(canvas, hipX - 10, 75, 24, false);
    }

    private static void seatedStrokesChest(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(60).arms(reach(body -> body.torso(0.78, 6.5), -1), angles(70, 20));
        chair(canvas, 60);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.torso(0.95, 13), body.torso(0.55, 13)), false);
    }

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

    private static void seatedRubsLowerBack(SvgCanvas canvas, Set<String> worked) {
        Pose pose = seated(70).torso(-85).arms(reach(body -> body.torso(0.3, -7.5), 1), reach(body -> body.torso(0.25, -7.5), 1));
        chair(canvas, 70);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.torso(0.3, -16), 5, 200, 300, false);
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

    private static void wallBallBehind(SvgCanvas canvas, Set<String> worked, boolean golf) {
        Pose pose = Pose.at(56, 54).torso(-94).legs(reach(new Point(68, 88.5), -1), reach(new Point(65, 88.5), -1))
            .arms(angles(100, 90), angles(95, 85));
        Props.floor(canvas);
        Body body = pose.body();
        Point ball = body.torso(0.82, golf ? -8.5 : -9.6);
        Props.wall(canvas, ball.x() - (golf ? 2.5 : 3.6) - 5);
        Figure.draw(canvas, body, worked);
        if (golf) {
            Props.golfBall(canvas, ball);
        }
        else {
            Props.tennisBall(canvas, ball);
        }
        canvas.arrow(List.of(ball.plus(9, -8), ball.plus(9, 8)), true);
    }

    private static void wallBallChest(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(72, 54).torso(-80).legs(reach(new Point(64, 88.5), -1), reach(new Point(68, 88.5), -1))
            .arms(reach(Scenes::onWallInFront, 1), reach(body -> onWallInFront(body).plus(0, 3), 1));
        Props.floor(canvas);
        Body body = pose.body();
        Point ball = body.torso(0.78, 9.6);
        Props.wall(canvas, ball.x() + 3.6);
        Figure.draw(canvas, body, worked);
        Props.tennisBall(canvas, ball);
        canvas.arrow(List.of(ball.plus(-9, -9), ball.plus(-9, 7)), true);
    }

    private static Point onWallInFront(Body body) {
        return new Point(body.torso(0.78, 9.6).x() + 1, body.shoulder.y() - 2);
    }

    // Foam rolling.

    private static void rollerUnderCalf(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(45, 80).torso(-145).legs(angles(-10, 0), reach(new Point(68, 88.5), -1))
            .arms(reach(new Point(22, 89), -1), reach(new Point(25, 89), -1)).head(-110);
        Props.floor(canvas);
        Body body = pose.body();
        Props.roller(canvas, new Point(body.shin(0.5, 0).x(), FLOOR - 6.5));
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.shin(0.1, 9), body.shin(0.9, 9)), true);
    }

    private static void rollerUnderHamstring(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(45, 75.5).torso(-150).legs(angles(0, 8), reach(new Point(70, 88.5), -1))
            .arms(reach(new Point(20, 89), -1), reach(new Point(23, 89), -1)).head(-115);
        Props.floor(canvas);
        Body body = pose.body();
        Props.roller(canvas, new Point(body.thigh(0.55, 0).x(), FLOOR - 6.5));
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.thigh(0.1, 10), body.thigh(0.95, 10)), true);
    }

    private static void rollerUnderThighFront(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(95, 75).torso(180).facingLeft().head(195)
            .legs(angles(0, 8), reach(new Point(128, 88.5), 1)).feet(40, 40)
            .arms(angles(90, 180), angles(92, 180));
        Props.floor(canvas);
        Body body = pose.body();
        Props.roller(canvas, new Point(body.thigh(0.55, 0).x(), FLOOR - 6.5));
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.thigh(0.1, -10), body.thigh(0.95, -10)), true);
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
        Pose pose = Pose.at(97, 76).torso(168).legs(reach(new Point(124, 88.5), -1), reach(new Point(121, 88.5), -1))
            .arms(reach(body -> body.torso(0.75, 7), 1), reach(body -> body.torso(0.7, 7), 1));
        Props.floor(canvas);
        Body body = pose.body();
        Props.roller(canvas, new Point(body.torso(0.22, 0).x(), FLOOR - 6.5));
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.torso(0.05, 14), body.torso(0.45, 14)), true);
    }

    private static void rollerUnderSideOfThigh(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(92, 75).torso(196).head(200)
            .legs(angles(2, 4), reach(new Point(108, 88.5), -1))
            .arms(angles(88, 180), reach(body -> body.torso(0.4, 9), 1));
        Props.floor(canvas);
        Body body = pose.body();
        Props.roller(canvas, new Point(body.thigh(0.55, 0).x(), FLOOR - 6.5));
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.thigh(0.1, 12), body.thigh(0.95, 12)), true);
    }

    private static void rollerUnderUpperBack(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(97, 83).torso(206).legs(reach(new Point(124, 88.5), -1), reach(new Point(121, 88.5), -1))
            .arms(reach(body -> body.head.plus(-3, -5), -1), reach(body -> body.head.plus(-2, -5), -1));
        Props.floor(canvas);
        Body body = pose.body();
        Props.roller(canvas, new Point(body.torso(0.68, 0).x(), FLOOR - 6.5));
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.torso(0.45, 12), body.torso(0.95, 12)), true);
    }

    // Self-massage seated.

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

    private static void lyingHandCirclesBelly(SvgCanvas canvas, Set<String> worked) {
        Pose pose = lyingOnBack(95, 86).arms(reach(body -> body.torso(0.3, 7.5), 1), angles(10, 0));
        Props.floor(canvas);
        Props.mat(canvas, 40, 135);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.torso(0.3, 19), 6, 180, 300, false);
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

    private static void seatedNeckMassager(SvgCanvas canvas, Set<String> worked) {
        // Seen from the front: the massager's collar lies round the back of the neck, its two padded arms
        // come forward over the shoulders and down the chest, and a hand goes through the strap loop at each end.
        FrontFigure person = seatedFromFront(-90);
        Point neck = person.neckBase;
        Point rightLoop = neck.plus(6.5, 21);
        Point leftLoop = neck.plus(-6.5, 21);
        person.arms(reach(rightLoop, -1), reach(leftLoop, 1));
        frontChair(canvas);
        person.drawBody(canvas, worked, Figure.NEAR,
            behind -> Props.pad(behind, List.of(neck.plus(-8.5, 0.5), neck.plus(-5, -3.2), neck.plus(5, -3.2), neck.plus(8.5, 0.5)), 5.5));
        person.drawArms(canvas, Figure.NEAR);
        for (Point loop : List.of(rightLoop, leftLoop)) {
            int side = loop == rightLoop ? 1 : -1;
            Point end = neck.plus(side * 6.5, 9);
            canvas.line(end, loop.plus(0, -3.6), 1.2, SvgCanvas.PROP_LINE);
            Props.pad(canvas, List.of(neck.plus(side * 7.8, 0.5), end), 4.5);
            canvas.circle(neck.plus(side * 7.2, 1.5), 1.2, SvgCanvas.PROP_LINE, null, 0);
            Props.loop(canvas, loop);
        }
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
        Props.floor(canvas);
        Props.mat(canvas, 40, 130);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.hip, 34, -100, -35, false);
    }

    private static void lyingKneeHugged(SvgCanvas canvas, Set<String> worked) {
        Pose pose = lyingOnBack(90, 86).legs(angles(-125, 10), angles(0, 0))
            .arms(reach(body -> body.shin(0.25, 3.5), -1), reach(body -> body.shin(0.2, 3.5), -1));
        Props.floor(canvas);
        Props.mat(canvas, 40, 140);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.hip, 30, -80, -40, false);
    }

    private static void lyingHandsOnBelly(SvgCanvas canvas, Set<String> worked) {
        Pose pose = lyingOnBack(95, 86).arms(reach(body -> body.torso(0.3, 7.5), 1), reach(body -> body.torso(0.75, 7.5), 1));
        Props.floor(canvas);
        Props.mat(canvas, 40, 135);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
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

    // Kneeling.

    private static void allFours(SvgCanvas canvas, Set<String> worked, double bow) {
        Pose pose = Pose.at(58, 66).torso(-9).curve(bow).head(bow < 0 ? 50 : -35)
            .legs(angles(90, 180), angles(88, 180)).feet(180, 180)
            .arms(reach(new Point(86, 89), 1), reach(new Point(89, 89), 1));
        Props.floor(canvas);
        Props.mat(canvas, 30, 110);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
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
        Props.floor(canvas);
        Props.mat(canvas, 30, 120);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.hip.plus(-10, -6), body.hip.plus(2, -6)), false);
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

    // Front views.

    private static void frontChair(SvgCanvas canvas) {
        Props.floor(canvas);
        canvas.rect(62, 68, 36, 4, 1, SvgCanvas.PROP_FILL, SvgCanvas.PROP_LINE, 1.2);
        canvas.line(new Point(65, 72), new Point(65, FLOOR), 2, SvgCanvas.PROP_LINE);
        canvas.line(new Point(95, 72), new Point(95, FLOOR), 2, SvgCanvas.PROP_LINE);
    }

    private static FrontFigure seatedFromFront(double head) {
        return new FrontFigure(new Point(80, 64), -90, head).seated();
    }

    private static void seatedEarToShoulder(SvgCanvas canvas, Set<String> worked) {
        FrontFigure person = seatedFromFront(-128);
        person.arms(reach(person.head.plus(-4, -5), 1), reach(new Point(72, 64), -1));
        frontChair(canvas);
        person.draw(canvas, worked);
        canvas.arcArrow(person.neckBase, 22, -80, -30, false);
    }

    private static void standingShoulderCircles(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(78, 53).arms(angles(92, 88), angles(88, 86));
        Props.floor(canvas);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.torso(0.95, 0), 9, 0, -300, false);
    }

    private static FrontFigure standingFromFront(double x) {
        return new FrontFigure(new Point(x, 51), -90, -90).legs(angles(87, 90), angles(93, 90));
    }

    private static void forearmOnWallTurningAway(SvgCanvas canvas, Set<String> worked) {
        FrontFigure person = standingFromFront(70);
        Point elbow = person.rightShoulder.plus(Body.UPPER_ARM, 0);
        person.arms(reach(elbow.plus(0, -Body.FOREARM), -1), angles(95, 88));
        Props.floor(canvas);
        Props.wall(canvas, elbow.x() + 3);
        person.draw(canvas, worked);
        canvas.arcArrow(person.neckBase.plus(0, 8), 10, 20, 140, false);
    }

    private static void armAcrossChest(SvgCanvas canvas, Set<String> worked) {
        FrontFigure person = standingFromFront(80);
        Point hand = person.leftShoulder.plus(-10, 2);
        person.arms(reach(hand, 1), reach(person.rightShoulder.plus(-2, 3), 1));
        Props.floor(canvas);
        person.draw(canvas, worked);
        canvas.arrow(List.of(hand.plus(20, -8), hand.plus(2, -8)), false);
    }

    private static void wallSideHipOut(SvgCanvas canvas, Set<String> worked) {
        // The wall on the right; the leg nearer it crosses behind the other and that hip pushes towards it.
        FrontFigure person = new FrontFigure(new Point(88, 52), -97, -92)
            .legs(reach(new Point(78, 90), 1), reach(new Point(88, 90), -1));
        person.arms(reach(new Point(106, 30), 1), angles(95, 90));
        Props.floor(canvas);
        Props.wall(canvas, 108);
        person.draw(canvas, worked);
        canvas.arrow(List.of(person.rightHip.plus(3, -8), person.rightHip.plus(14, -8)), false);
    }

    // Standing stretches in profile.

    private static void standingHeelToButtock(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(70, 53).legs(angles(106, -138), angles(90, 90)).feet(-20, Double.NaN)
            .arms(reach(body -> body.nearAnkle, 1), reach(new Point(100, 30), 1));
        Props.floor(canvas);
        Props.wall(canvas, 102);
        Figure.draw(canvas, pose.body(), worked);
    }

    private static void handsOnWallLegBack(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(74, 55).torso(-68).head(-65)
            .legs(reach(new Point(52, 88.5), 1), reach(new Point(90, 88.5), -1)).feet(-5, Double.NaN)
            .arms(reach(new Point(113, 34), 1), reach(new Point(113, 37), 1));
        Props.floor(canvas);
        Props.wall(canvas, 115);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arrow(List.of(body.nearAnkle.plus(-4, -12), body.nearAnkle.plus(-4, -3)), false);
    }
}
