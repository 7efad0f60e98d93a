package app.unknot.catalog.picture;

/**
 * A figure's position seen from the side: where the hip is, which way the trunk and head point,
 * and how each limb is placed. "Near" limbs are on the viewer's side and drawn in front. By default
 * the figure's front faces right when upright; {@link #facingLeft()} mirrors that.
 */
final class Pose {

    Point hip;
    double torso = -90;
    double head = Double.NaN;
    /** How far the middle of the back bows out to the front (negative: rounds out behind). */
    double curve;
    Limb nearArm = Limb.angles(95, 95);
    Limb farArm = Limb.angles(85, 85);
    Limb nearLeg = Limb.angles(90, 90);
    Limb farLeg = Limb.angles(90, 90);
    double nearFoot = Double.NaN;
    double farFoot = Double.NaN;
    boolean facingLeft;
    /** The near leg crosses in front of the far one, so its shin and foot are edged in white to read apart. */
    boolean crossed;

    private Pose(Point hip) {
        this.hip = hip;
    }

    static Pose at(double x, double y) {
        return new Pose(new Point(x, y));
    }

    Pose torso(double degrees) {
        this.torso = degrees;
        return this;
    }

    Pose curve(double bow) {
        this.curve = bow;
        return this;
    }

    Pose head(double degrees) {
        this.head = degrees;
        return this;
    }

    Pose arms(Limb near, Limb far) {
        this.nearArm = near;
        this.farArm = far;
        return this;
    }

    Pose legs(Limb near, Limb far) {
        this.nearLeg = near;
        this.farLeg = far;
        return this;
    }

    Pose feet(double near, double far) {
        this.nearFoot = near;
        this.farFoot = far;
        return this;
    }

    Pose crossed() {
        this.crossed = true;
        return this;
    }

    Pose facingLeft() {
        this.facingLeft = true;
        return this;
    }

    Body body() {
        return new Body(this);
    }
}
