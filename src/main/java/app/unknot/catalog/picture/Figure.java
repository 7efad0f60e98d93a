package app.unknot.catalog.picture;

import java.util.List;
import java.util.Set;

/**
 * Draws a posed figure as thick rounded strokes, far limbs paler and behind, and the worked areas
 * over it: a dark warm tone with a near-black rim, so they still stand out printed in grey.
 */
final class Figure {

    static final String NEAR = "#7b8794";
    static final String FAR = "#bcc5ce";
    static final String WORKED = "#a8360a";
    static final String WORKED_RIM = "#2b0f05";
    /** A partner giving the massage: one grey, to read apart from the person receiving it. */
    static final String PARTNER = "#9aa5b1";

    private static final Set<String> ARMS = Set.of("upper-arms", "forearms");

    private Figure() {
    }

    static void draw(SvgCanvas canvas, Body body, Set<String> worked) {
        limb(canvas, body.armRoot(), body.farElbow, body.farHand, 4.5, 4, FAR);
        hand(canvas, body.farHand, body.pose.farHand(), 2.4, FAR, null);
        leg(canvas, body.hip, body.farKnee, body.farAnkle, body.farToe, FAR);
        canvas.polyline(body.torsoLine(0, 0.92, 0), 12, NEAR);
        canvas.line(body.shoulder, body.neck, 5, NEAR);
        canvas.circle(body.head, Body.HEAD, NEAR, null, 0);
        // The nose says which way the face looks: up or down matters when lying.
        canvas.circle(body.headSurface(0, -1.2), 1.6, NEAR, null, 0);
        if (body.pose.crossed()) {
            // The white edge, hidden at the knee by the thigh drawn over it.
            canvas.polyline(List.of(body.nearKnee, body.nearAnkle, body.nearToe), 7.1, "#ffffff");
        }
        leg(canvas, body.hip, body.nearKnee, body.nearAnkle, body.nearToe, NEAR);
        worked.stream().filter(area -> !ARMS.contains(area)).forEach(area -> highlight(canvas, body, area));
        limb(canvas, body.armRoot(), body.nearElbow, body.nearHand, 6.6, 6.1, "#ffffff");
        limb(canvas, body.armRoot(), body.nearElbow, body.nearHand, 5, 4.5, NEAR);
        // The arms are worked on the near arm, drawn over the trunk, so their highlight comes after it.
        worked.stream().filter(ARMS::contains).forEach(area -> highlight(canvas, body, area));
        nearHand(canvas, body);
    }

    /** The near hand, drawn again over a tool drawn after the figure, so the hand holds it. */
    static void nearHand(SvgCanvas canvas, Body body) {
        hand(canvas, body.nearHand, body.pose.nearHand(), 2.6, NEAR, "#ffffff");
    }

    /** The far hand, drawn again over the near arm it works on. */
    static void farHand(SvgCanvas canvas, Body body) {
        hand(canvas, body.farHand, body.pose.farHand(), 2.4, FAR, "#ffffff");
    }

    /** A round hand, or, given a direction, a flat one from the wrist: the palm and fingers of a stretched wrist. */
    private static void hand(SvgCanvas canvas, Point wrist, double direction, double radius, String colour, String rim) {
        if (Double.isNaN(direction)) {
            canvas.circle(wrist, radius, colour, rim, rim == null ? 0 : 0.8);
            return;
        }
        Point tip = wrist.towards(direction, HAND);
        if (rim != null) {
            canvas.line(wrist, tip, 2 * radius + 1.6, rim);
        }
        canvas.line(wrist, tip, 2 * radius - 1, colour);
    }

    /** How far a flat hand reaches from the wrist to the fingertips. */
    static final double HAND = 5.5;

    private static void leg(SvgCanvas canvas, Point hip, Point knee, Point ankle, Point toe, String colour) {
        limb(canvas, hip, knee, ankle, 7.5, 5.5, colour);
        canvas.line(ankle, toe, 4, colour);
    }

    private static void limb(SvgCanvas canvas, Point root, Point middle, Point end, double upper, double lower, String colour) {
        canvas.line(root, middle, upper, colour);
        canvas.line(middle, end, lower, colour);
    }

    private static void highlight(SvgCanvas canvas, Body body, String area) {
        switch (area) {
            case "head" -> spot(canvas, body.head.towards(body.faceAngle() + 180, 1), Body.HEAD - 2.2);
            case "jaw" -> spot(canvas, body.headSurface(135, -3.4), 2.6);
            case "neck" -> band(canvas, body.shoulder, body.neck.between(body.head, 0.1), 4);
            case "shoulders" -> torsoBand(canvas, body.torsoLine(0.8, 0.97, -1), 6);
            case "upper-arms" -> band(canvas, body.armRoot().between(body.nearElbow, 0.2), body.armRoot().between(body.nearElbow, 0.85), 3);
            case "forearms" -> band(canvas, body.nearElbow.between(body.nearHand, 0.15), body.nearHand, 2.8);
            case "chest" -> torsoBand(canvas, body.torsoLine(0.58, 0.86, 3.5), 4.5);
            case "upper-back" -> torsoBand(canvas, body.torsoLine(0.5, 0.86, -3.5), 4.5);
            case "lower-back" -> torsoBand(canvas, body.torsoLine(0.14, 0.44, -3.5), 4.5);
            case "abdomen" -> torsoBand(canvas, body.torsoLine(0.12, 0.44, 3.5), 4.5);
            case "glutes" -> spot(canvas, body.torso(0.0, -3.2), 4.2);
            case "hips" -> spot(canvas, body.thigh(0.05, 2.5), 3.4);
            case "thighs" -> band(canvas, body.thigh(0.22, 2), body.thigh(0.82, 2), 3.6);
            case "hamstrings" -> band(canvas, body.thigh(0.22, -2), body.thigh(0.82, -2), 3.6);
            case "it-band" -> band(canvas, body.thigh(0.15, 0), body.thigh(0.9, 0), 2.6);
            case "calves" -> band(canvas, body.shin(0.15, -1.5), body.shin(0.6, -1.5), 3.6);
            case "shins" -> band(canvas, body.shin(0.12, 1.6), body.shin(0.85, 1.6), 2.8);
            case "feet" -> band(canvas, body.nearAnkle, body.nearToe, 3.2);
            default -> throw new IllegalArgumentException("no highlight for area " + area);
        }
    }

    private static void band(SvgCanvas canvas, Point from, Point to, double width) {
        canvas.line(from, to, width + 2.4, WORKED_RIM);
        canvas.line(from, to, width, WORKED);
    }

    private static void torsoBand(SvgCanvas canvas, List<Point> line, double width) {
        canvas.polyline(line, width + 2.4, WORKED_RIM);
        canvas.polyline(line, width, WORKED);
    }

    private static void spot(SvgCanvas canvas, Point centre, double radius) {
        canvas.circle(centre, radius, WORKED, WORKED_RIM, 1.2);
    }
}
