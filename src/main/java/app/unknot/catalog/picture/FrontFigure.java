package app.unknot.catalog.picture;

import java.util.Set;

/**
 * A figure seen from the front (or, lying, from above), for positions a side view cannot show: a
 * head tipped to one side, an arm across the chest, knees dropped to one side, a partner standing
 * behind the bed. "Right" and "left" are the picture's, for the figure upright.
 */
final class FrontFigure implements Landmarks {

    private static final double SHOULDER_HALF = 7;
    private static final double HIP_HALF = 4;

    final Point hip;
    final Point neckBase;
    final Point head;
    final Point rightShoulder;
    final Point leftShoulder;
    final Point rightHip;
    final Point leftHip;
    private final double torso;
    private Limb rightArm = Limb.angles(95, 90);
    private Limb leftArm = Limb.angles(85, 90);
    private Limb rightLeg = Limb.angles(90, 90);
    private Limb leftLeg = Limb.angles(90, 90);
    /** Seated, the thighs point at the viewer and look short. */
    private double thigh = Body.THIGH;
    /** Standing behind a bed, which hides the legs: they are not drawn. */
    private boolean legsHidden;
    /** The right and left hands' directions, drawn flat (palms pressed together); NaN draws a hand round. */
    private double[] hands = {Double.NaN, Double.NaN};

    FrontFigure(Point hip, double torso, double head) {
        this.hip = hip;
        this.torso = torso;
        this.neckBase = hip.towards(torso, Body.TORSO);
        this.head = neckBase.towards(head, Body.NECK + Body.HEAD);
        this.rightShoulder = neckBase.towards(torso, -2).towards(torso + 90, SHOULDER_HALF);
        this.leftShoulder = neckBase.towards(torso, -2).towards(torso - 90, SHOULDER_HALF);
        this.rightHip = hip.towards(torso + 90, HIP_HALF);
        this.leftHip = hip.towards(torso - 90, HIP_HALF);
    }

    /**
     * A partner standing behind a bed, its legs hidden by it, leaning in over the hands it puts on the
     * person lying there.
     */
    static FrontFigure partner(Point rightHand, Point leftHand) {
        double x = (rightHand.x() + leftHand.x()) / 2;
        return new FrontFigure(new Point(x, 58), -90, -82).legsHidden()
            .arms(Limb.reach(rightHand, -1), Limb.reach(leftHand, 1));
    }

    @Override
    public Point joint(String name) {
        return switch (name) {
            case "hip" -> hip;
            case "neck-base" -> neckBase;
            case "head" -> head;
            case "right-shoulder" -> rightShoulder;
            case "left-shoulder" -> leftShoulder;
            case "right-hip" -> rightHip;
            case "left-hip" -> leftHip;
            case "right-elbow" -> Limb.place(rightArm, rightShoulder, Body.UPPER_ARM, Body.FOREARM, this)[0];
            case "right-hand" -> Limb.place(rightArm, rightShoulder, Body.UPPER_ARM, Body.FOREARM, this)[1];
            case "left-elbow" -> Limb.place(leftArm, leftShoulder, Body.UPPER_ARM, Body.FOREARM, this)[0];
            case "left-hand" -> Limb.place(leftArm, leftShoulder, Body.UPPER_ARM, Body.FOREARM, this)[1];
            default -> throw new IllegalArgumentException("a figure seen from the front has no joint " + name);
        };
    }

    @Override
    public Point onBone(String bone, double fraction, double front) {
        throw new IllegalArgumentException("a figure seen from the front has no places along a bone: " + bone);
    }

    FrontFigure arms(Limb right, Limb left) {
        this.rightArm = right;
        this.leftArm = left;
        return this;
    }

    /** The hands' directions, right then left: NaN for a round hand. */
    FrontFigure hands(double right, double left) {
        this.hands = new double[] {right, left};
        return this;
    }

    FrontFigure legs(Limb right, Limb left) {
        this.rightLeg = right;
        this.leftLeg = left;
        return this;
    }

    /** Sitting facing the viewer: short-looking thighs, shins straight down. */
    FrontFigure seated() {
        this.thigh = 5;
        this.rightLeg = Limb.angles(75, 90);
        this.leftLeg = Limb.angles(105, 90);
        return this;
    }

    /** Standing behind something that hides everything below the waist, as a bed does. */
    FrontFigure legsHidden() {
        this.legsHidden = true;
        return this;
    }

    Point[] rightLeg() {
        return Limb.place(rightLeg, rightHip, thigh, Body.SHIN, this);
    }

    /** Everything but the arms, so something can be drawn between the figure and its hands. */
    void drawBody(SvgCanvas canvas, Set<String> worked, String colour) {
        drawBody(canvas, worked, colour, worn -> { });
    }

    /** The same, with something worn round the neck drawn over the trunk but behind the neck and head. */
    void drawBody(SvgCanvas canvas, Set<String> worked, String colour, java.util.function.Consumer<SvgCanvas> behindNeck) {
        if (!legsHidden) {
            drawLeg(canvas, leftHip, Limb.place(leftLeg, leftHip, thigh, Body.SHIN, this), colour, -1);
            drawLeg(canvas, rightHip, rightLeg(), colour, 1);
        }
        canvas.line(hip, neckBase.towards(torso, -3), 13, colour);
        behindNeck.accept(canvas);
        canvas.line(neckBase, neckBase.between(head, 0.5), 5, colour);
        canvas.circle(head, Body.HEAD, colour, null, 0);
        worked.forEach(area -> highlight(canvas, area));
    }

    void drawArms(SvgCanvas canvas, String colour) {
        drawArm(canvas, leftShoulder, Limb.place(leftArm, leftShoulder, Body.UPPER_ARM, Body.FOREARM, this), hands[1], colour);
        drawArm(canvas, rightShoulder, Limb.place(rightArm, rightShoulder, Body.UPPER_ARM, Body.FOREARM, this), hands[0], colour);
    }

    /** The arm areas worked, on the picture's right arm: drawn after the arms, which cover the trunk. */
    void highlightArm(SvgCanvas canvas, Set<String> worked) {
        Point[] arm = Limb.place(rightArm, rightShoulder, Body.UPPER_ARM, Body.FOREARM, this);
        if (worked.contains("upper-arms")) {
            band(canvas, rightShoulder.between(arm[0], 0.2), rightShoulder.between(arm[0], 0.85), 3);
        }
        if (worked.contains("forearms")) {
            band(canvas, arm[0].between(arm[1], 0.15), arm[1], 2.8);
        }
    }

    /** One hand drawn again over the other arm, which it holds or works on: {@code right} or {@code left}. */
    void drawHand(SvgCanvas canvas, String which, String colour) {
        drawHand(canvas, joint(which + "-hand"), which.equals("right") ? hands[0] : hands[1], colour);
    }

    private static void drawArm(SvgCanvas canvas, Point shoulder, Point[] arm, double hand, String colour) {
        canvas.polyline(java.util.List.of(shoulder, arm[0], arm[1]), 6.4, "#ffffff");
        canvas.polyline(java.util.List.of(shoulder, arm[0], arm[1]), 4.8, colour);
        drawHand(canvas, arm[1], hand, colour);
    }

    /** A round hand, or a flat one from the wrist in the direction given. */
    private static void drawHand(SvgCanvas canvas, Point wrist, double direction, String colour) {
        if (Double.isNaN(direction)) {
            canvas.circle(wrist, 2.5, colour, "#ffffff", 0.8);
            return;
        }
        Point tip = wrist.towards(direction, Figure.HAND);
        canvas.line(wrist, tip, 6.6, "#ffffff");
        canvas.line(wrist, tip, 4, colour);
    }

    private void drawLeg(SvgCanvas canvas, Point root, Point[] leg, String colour, int side) {
        canvas.polyline(java.util.List.of(root, leg[0], leg[1]), 8.4, "#ffffff");
        canvas.polyline(java.util.List.of(root, leg[0], leg[1]), 6.8, colour);
        canvas.line(leg[1], leg[1].towards(torso + 180 + 90 * side, 3), 4, colour);
    }

    private void highlight(SvgCanvas canvas, String area) {
        switch (area) {
            case "head" -> canvas.circle(head, Body.HEAD - 1, Figure.WORKED, Figure.WORKED_RIM, 1.2);
            case "jaw" -> jawLine(canvas);
            case "upper-arms", "forearms" -> { }
            case "neck" -> band(canvas, neckBase.towards(torso, -1), neckBase.between(head, 0.4), 4);
            case "shoulders" -> band(canvas, rightShoulder.towards(torso + 90, 1), leftShoulder.towards(torso - 90, 1), 4);
            case "chest", "upper-back" -> band(canvas, hip.between(rightShoulder, 0.75), hip.between(leftShoulder, 0.75), 4.5);
            case "lower-back", "abdomen" -> band(canvas, hip.between(rightShoulder, 0.3), hip.between(leftShoulder, 0.3), 4.5);
            case "hips" -> canvas.circle(rightHip.towards(torso + 90, 2), 3.2, Figure.WORKED, Figure.WORKED_RIM, 1.2);
            case "it-band" -> {
                Point[] leg = rightLeg();
                Point outside = rightHip.towards(torso + 90, 2.5);
                band(canvas, outside, leg[0].towards(torso + 90, 2.5), 2.6);
            }
            case "thighs" -> band(canvas, rightHip.between(rightLeg()[0], 0.2), rightHip.between(rightLeg()[0], 0.85), 3.6);
            case "shins" -> band(canvas, rightLeg()[0].between(rightLeg()[1], 0.15), rightLeg()[0].between(rightLeg()[1], 0.85), 3);
            default -> throw new IllegalArgumentException("no front-view highlight for area " + area);
        }
    }

    /** The jaw: a curved band round the lower half of the face, from cheek to cheek under the chin. */
    private void jawLine(SvgCanvas canvas) {
        java.util.List<Point> line = new java.util.ArrayList<>();
        for (int degrees = -70; degrees <= 70; degrees += 10) {
            line.add(head.towards(torso + 180 + degrees, Body.HEAD - 2));
        }
        canvas.polyline(line, 2.4 + 2.4, Figure.WORKED_RIM);
        canvas.polyline(line, 2.4, Figure.WORKED);
    }

    private static void band(SvgCanvas canvas, Point from, Point to, double width) {
        canvas.line(from, to, width + 2.4, Figure.WORKED_RIM);
        canvas.line(from, to, width, Figure.WORKED);
    }
}
