package app.unknot.catalog.picture;

/**
 * A figure's position seen from the side: where the hip is, which way the trunk and head point, and
 * how each limb is placed. "Near" limbs are on the viewer's side and drawn in front. The front faces
 * right when upright unless {@code facingLeft}. A scene file's {@code person} block says all of it.
 *
 * @param head the head's direction; NaN carries on the line of the trunk
 * @param curve how far the middle of the back bows out to the front (negative: rounds out behind)
 * @param nearFoot a foot's direction; NaN points it forward at a right angle to the shin
 * @param crossed the near leg crosses in front of the far one, so its shin and foot are edged in white to read apart
 * @param nearHand a hand's direction, drawn flat from the wrist (a wrist bent back in a stretch); NaN draws it round
 */
record Pose(Point hip, double torso, double head, double curve, Limb nearArm, Limb farArm, Limb nearLeg, Limb farLeg,
            double nearFoot, double farFoot, boolean facingLeft, boolean crossed, double nearHand, double farHand) {

    /** With both hands round. */
    Pose(Point hip, double torso, double head, double curve, Limb nearArm, Limb farArm, Limb nearLeg, Limb farLeg,
         double nearFoot, double farFoot, boolean facingLeft, boolean crossed) {
        this(hip, torso, head, curve, nearArm, farArm, nearLeg, farLeg, nearFoot, farFoot, facingLeft, crossed, Double.NaN, Double.NaN);
    }

    Body body() {
        return new Body(this);
    }
}
