package app.unknot.catalog.picture;

import static app.unknot.catalog.picture.SvgCanvas.PROP_FILL;
import static app.unknot.catalog.picture.SvgCanvas.PROP_LINE;
import static app.unknot.catalog.picture.SvgCanvas.n;

import java.util.List;

/** The furniture and tools in the pictures, drawn white with a dark outline so they read apart from the figure. */
final class Props {

    static final double FLOOR_Y = 92;

    private Props() {
    }

    static void floor(SvgCanvas canvas) {
        canvas.floor(FLOOR_Y + 1);
    }

    static void mat(SvgCanvas canvas, double from, double to) {
        canvas.rect(from, FLOOR_Y - 1.5, to - from, 2.5, 1, "#dde3e8", SvgCanvas.FLOOR, 0.8);
    }

    /** A chair seen from the side, its seat from {@code x} to 24 units right at y 75, the back on the left. */
    static void chair(SvgCanvas canvas, double x) {
        double seatY = 75;
        double width = 24;
        canvas.line(new Point(x, seatY), new Point(x + width, seatY), 3, PROP_LINE);
        canvas.line(new Point(x + 1.5, seatY), new Point(x + 1.5, FLOOR_Y), 2, PROP_LINE);
        canvas.line(new Point(x + width - 1.5, seatY), new Point(x + width - 1.5, FLOOR_Y), 2, PROP_LINE);
        canvas.line(new Point(x, seatY), new Point(x - 2, seatY - 26), 2.5, PROP_LINE);
    }

    /** A chair seen from the front: its seat and two legs, for a person sitting at x 80. */
    static void chairFromFront(SvgCanvas canvas) {
        canvas.rect(62, 68, 36, 4, 1, PROP_FILL, PROP_LINE, 1.2);
        canvas.line(new Point(65, 72), new Point(65, FLOOR_Y), 2, PROP_LINE);
        canvas.line(new Point(95, 72), new Point(95, FLOOR_Y), 2, PROP_LINE);
    }

    /** A mat seen from above, for a figure lying on it seen from above. */
    static void matFromAbove(SvgCanvas canvas, double x, double y, double width, double height) {
        canvas.rect(x, y, width, height, 4, "#dde3e8", SvgCanvas.FLOOR, 0.8);
    }

    static void wall(SvgCanvas canvas, double x) {
        canvas.rect(x, 2, 5, FLOOR_Y - 1, 0, "#e4e7eb", PROP_LINE, 1);
    }

    /** A couch or low bed: a padded box with a seat at {@code seatY}. */
    static void couch(SvgCanvas canvas, double x, double seatY, double width) {
        canvas.rect(x, seatY, width, FLOOR_Y - seatY, 3, "#e4e7eb", PROP_LINE, 1.2);
        canvas.line(new Point(x + 3, seatY + 4), new Point(x + width - 3, seatY + 4), 0.8, SvgCanvas.FLOOR);
    }

    /**
     * A bed seen from the side, only its mattress and frame: for a partner massage the picture is cropped
     * to what happens on it, so it stays wide and low and reads at the size it is printed.
     */
    static void bed(SvgCanvas canvas, double x, double topY, double width) {
        canvas.line(new Point(x + 2, topY + 6.5), new Point(x + width - 2, topY + 6.5), 3, PROP_LINE);
        canvas.rect(x, topY, width, 5, 2, "#e4e7eb", PROP_LINE, 1.2);
    }

    /** A foam roller seen end on. */
    static void roller(SvgCanvas canvas, Point centre) {
        canvas.circle(centre, 6.5, PROP_FILL, PROP_LINE, 1.6);
        canvas.circle(centre, 2.2, "none", PROP_LINE, 1);
    }

    static void tennisBall(SvgCanvas canvas, Point centre) {
        canvas.circle(centre, 3.6, PROP_FILL, PROP_LINE, 1.3);
        canvas.path("M" + n(centre.x() - 2.6) + " " + n(centre.y() - 2.2) + "q2.6 2.2 0 4.4", centre, 3.6, "none", PROP_LINE, 0.7);
    }

    static void golfBall(SvgCanvas canvas, Point centre) {
        canvas.circle(centre, 2.5, PROP_FILL, PROP_LINE, 1.1);
        canvas.circle(centre.plus(-0.7, -0.5), 0.4, PROP_LINE, null, 0);
        canvas.circle(centre.plus(0.8, 0.6), 0.4, PROP_LINE, null, 0);
    }

    /**
     * A massage gun seen from the side, shaped like a drill: the round head on {@code head}, the body
     * behind it pointing {@code pointing} degrees, and the handle standing out of the body's back half at
     * a right angle, on the {@code handle} side (1: clockwise from the pointing, -1: the other way).
     */
    static void massageGun(SvgCanvas canvas, Point head, double pointing, int handle) {
        Point front = head.towards(pointing + 180, GUN_NECK);
        Point back = front.towards(pointing + 180, GUN_BODY);
        Point root = front.between(back, 0.62);
        Point end = root.towards(pointing + 90 * handle, GUN_HANDLE);
        canvas.line(root, end, 6.8, PROP_LINE);
        canvas.line(root, end, 4.4, PROP_FILL);
        canvas.line(front, back, 9, PROP_LINE);
        canvas.line(front, back, 6.6, PROP_FILL);
        canvas.line(head, front, 2.4, PROP_LINE);
        canvas.circle(head, 2.8, PROP_FILL, PROP_LINE, 1.3);
    }

    /** Where a hand holds the massage gun {@link #massageGun} draws: round its handle. */
    static Point massageGunGrip(Point head, double pointing, int handle) {
        Point front = head.towards(pointing + 180, GUN_NECK);
        return front.towards(pointing + 180, 0.62 * GUN_BODY).towards(pointing + 90 * handle, 0.7 * GUN_HANDLE);
    }

    private static final double GUN_NECK = 5.5;
    private static final double GUN_BODY = 9;
    private static final double GUN_HANDLE = 11;

    /** A padded wrap drawn as a thick white band between two points. */
    static void pad(SvgCanvas canvas, Point from, Point to, double width) {
        pad(canvas, List.of(from, to), width);
    }

    /** A padded wrap along a line: around a neck, say. */
    static void pad(SvgCanvas canvas, List<Point> along, double width) {
        canvas.polyline(along, width + 2.4, PROP_LINE);
        canvas.polyline(along, width, PROP_FILL);
    }

    /** A strap loop round a hand that goes through it. */
    static void loop(SvgCanvas canvas, Point hand) {
        canvas.circle(hand, 3.6, "none", PROP_LINE, 1.3);
    }

    /** Wavy lines rising from {@code at}: warmth. */
    static void warmth(SvgCanvas canvas, Point at) {
        for (int i = -1; i <= 1; i++) {
            double x = at.x() + 4 * i;
            canvas.path("M" + n(x) + " " + n(at.y()) + "q-2 -2.5 0 -5q2 -2.5 0 -5", at.plus(0, -5), 7, "none", SvgCanvas.ARROW, 1);
        }
    }
}
