package app.unknot.catalog.picture;

/** A point in a picture's coordinates: x to the right, y down, as in SVG. Angles are in degrees, 0 pointing right, 90 down. */
record Point(double x, double y) {

    Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    /** The point {@code length} away in direction {@code degrees}. */
    Point towards(double degrees, double length) {
        double radians = Math.toRadians(degrees);
        return new Point(x + length * Math.cos(radians), y + length * Math.sin(radians));
    }

    /** The point a fraction of the way to {@code other}. */
    Point between(Point other, double fraction) {
        return new Point(x + (other.x - x) * fraction, y + (other.y - y) * fraction);
    }

    double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    double degreesTo(Point other) {
        return Math.toDegrees(Math.atan2(other.y - y, other.x - x));
    }
}
