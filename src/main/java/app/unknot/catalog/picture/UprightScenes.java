package app.unknot.catalog.picture;

import static app.unknot.catalog.picture.Limb.angles;
import static app.unknot.catalog.picture.Limb.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Upright: standing, free or at a wall, in profile or from the front; and seated on a chair seen from the
 * front, drawn as the standing front views are ({@link FrontFigure}).
 */
final class UprightScenes {

    private static final double FLOOR = Props.FLOOR_Y;

    private UprightScenes() {
    }

    static final Map<String, Scene> BY_NAME = Map.ofEntries(
        Map.entry("wall-ball-behind", (canvas, worked) -> wallBallBehind(canvas, worked, false)),
        Map.entry("wall-golf-ball-behind", (canvas, worked) -> wallBallBehind(canvas, worked, true)),
        Map.entry("wall-ball-chest", UprightScenes::wallBallChest),
        Map.entry("seated-ear-to-shoulder", UprightScenes::seatedEarToShoulder),
        Map.entry("seated-neck-massager", UprightScenes::seatedNeckMassager),
        Map.entry("forearm-on-wall-turning-away", UprightScenes::forearmOnWallTurningAway),
        Map.entry("arm-across-chest", UprightScenes::armAcrossChest),
        Map.entry("wall-side-hip-out", UprightScenes::wallSideHipOut),
        Map.entry("standing-shoulder-circles", UprightScenes::standingShoulderCircles),
        Map.entry("standing-heel-to-buttock", UprightScenes::standingHeelToButtock),
        Map.entry("hands-on-wall-leg-back", UprightScenes::handsOnWallLegBack));

    // A ball between the body and a wall.

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
            .arms(reach(UprightScenes::onWallInFront, 1), reach(body -> onWallInFront(body).plus(0, 3), 1));
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

    private static void standingShoulderCircles(SvgCanvas canvas, Set<String> worked) {
        Pose pose = Pose.at(78, 53).arms(angles(92, 88), angles(88, 86));
        Props.floor(canvas);
        Body body = pose.body();
        Figure.draw(canvas, body, worked);
        canvas.arcArrow(body.torso(0.95, 0), 9, 0, -300, false);
    }

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
