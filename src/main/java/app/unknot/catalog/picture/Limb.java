package app.unknot.catalog.picture;

import java.util.function.Function;

/**
 * How an arm or a leg is placed: by the directions of its two bones, or by where its end should
 * be (a hand on the neck, a foot on the floor), the middle joint found by bending it that way.
 */
sealed interface Limb {

    /** @param upper direction of the upper arm or thigh; @param lower of the forearm or shin */
    record Angles(double upper, double lower) implements Limb {
    }

    /** @param bend which way the elbow or knee goes: 1 or -1 */
    record Reach(Function<Landmarks, Point> target, int bend) implements Limb {
    }

    static Limb angles(double upper, double lower) {
        return new Angles(upper, lower);
    }

    static Limb reach(Function<Landmarks, Point> target, int bend) {
        return new Reach(target, bend);
    }

    static Limb reach(Point target, int bend) {
        return new Reach(body -> target, bend);
    }

    /** The middle joint and the end of a two-bone limb from {@code root}, in that order. */
    static Point[] place(Limb limb, Point root, double upperLength, double lowerLength, Landmarks figure) {
        if (limb instanceof Angles angles) {
            Point middle = root.towards(angles.upper(), upperLength);
            return new Point[] {middle, middle.towards(angles.lower(), lowerLength)};
        }
        Reach reach = (Reach) limb;
        Point target = reach.target().apply(figure);
        double distance = Math.max(Math.abs(upperLength - lowerLength) + 0.01,
            Math.min(upperLength + lowerLength - 0.01, root.distanceTo(target)));
        double cosine = (upperLength * upperLength + distance * distance - lowerLength * lowerLength)
            / (2 * upperLength * distance);
        double spread = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosine))));
        Point middle = root.towards(root.degreesTo(target) + reach.bend() * spread, upperLength);
        return new Point[] {middle, middle.towards(middle.degreesTo(target), lowerLength)};
    }
}
