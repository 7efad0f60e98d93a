package app.unknot.catalog.picture;

/** The joints of a posed figure, and named places on it for hands, tools and highlights. */
final class Body implements Landmarks {

    static final double TORSO = 28;
    static final double NECK = 4;
    static final double HEAD = 6;
    static final double UPPER_ARM = 15.5;
    static final double FOREARM = 15;
    static final double THIGH = 20;
    static final double SHIN = 19;
    static final double FOOT = 6.5;

    final Pose pose;
    /** 1 when the front faces right (upright), -1 when mirrored. */
    final int side;
    final Point hip;
    final Point shoulder;
    /** The control point of the trunk's curve (hip to shoulder). */
    private final Point bow;
    final Point neck;
    final Point head;
    Point nearElbow;
    Point nearHand;
    Point farElbow;
    Point farHand;
    final Point nearKnee;
    final Point nearAnkle;
    final Point nearToe;
    final Point farKnee;
    final Point farAnkle;
    final Point farToe;

    Body(Pose pose) {
        this.pose = pose;
        this.side = pose.facingLeft() ? -1 : 1;
        this.hip = pose.hip();
        this.shoulder = hip.towards(pose.torso(), TORSO);
        this.bow = hip.between(shoulder, 0.5).towards(pose.torso() + 90 * side, 2 * pose.curve());
        double headAngle = Double.isNaN(pose.head()) ? tangent(1) : pose.head();
        this.neck = shoulder.towards(headAngle, NECK);
        this.head = neck.towards(headAngle, HEAD);
        // The far leg first: a crossed near leg rests on it.
        Point[] far = Limb.place(pose.farLeg(), hip, THIGH, SHIN, this);
        this.farKnee = far[0];
        this.farAnkle = far[1];
        this.farToe = farAnkle.towards(footAngle(pose.farFoot(), farKnee, farAnkle), FOOT);
        Point[] near = Limb.place(pose.nearLeg(), hip, THIGH, SHIN, this);
        this.nearKnee = near[0];
        this.nearAnkle = near[1];
        this.nearToe = nearAnkle.towards(footAngle(pose.nearFoot(), nearKnee, nearAnkle), FOOT);
        // The near arm first: the far hand may work on it (a forearm massaged by the other hand).
        Point[] nearArm = Limb.place(pose.nearArm(), armRoot(), UPPER_ARM, FOREARM, this);
        this.nearElbow = nearArm[0];
        this.nearHand = nearArm[1];
        Point[] farArm = Limb.place(pose.farArm(), armRoot(), UPPER_ARM, FOREARM, this);
        this.farElbow = farArm[0];
        this.farHand = farArm[1];
    }

    /** Unless set, a foot points forward at a right angle to the shin. */
    private double footAngle(double set, Point knee, Point ankle) {
        return Double.isNaN(set) ? knee.degreesTo(ankle) - 90 * side : set;
    }

    Point armRoot() {
        return torso(0.9, 0);
    }

    /** The trunk's direction at {@code fraction} of the way from hip to shoulder. */
    double tangent(double fraction) {
        double dx = 2 * (1 - fraction) * (bow.x() - hip.x()) + 2 * fraction * (shoulder.x() - bow.x());
        double dy = 2 * (1 - fraction) * (bow.y() - hip.y()) + 2 * fraction * (shoulder.y() - bow.y());
        return Math.toDegrees(Math.atan2(dy, dx));
    }

    /** Which way the face looks. */
    double faceAngle() {
        return neck.degreesTo(head) + 90 * side;
    }

    /** A place on the trunk: {@code fraction} of the way from hip to shoulder, {@code front} units to the front (negative: the back). */
    Point torso(double fraction, double front) {
        double t = fraction;
        Point onCurve = new Point(
            (1 - t) * (1 - t) * hip.x() + 2 * (1 - t) * t * bow.x() + t * t * shoulder.x(),
            (1 - t) * (1 - t) * hip.y() + 2 * (1 - t) * t * bow.y() + t * t * shoulder.y());
        return onCurve.towards(tangent(fraction) + 90 * side, front);
    }

    /** Points along the trunk from one fraction to another, {@code front} units to the front. */
    java.util.List<Point> torsoLine(double from, double to, double front) {
        java.util.List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            points.add(torso(from + (to - from) * i / 8, front));
        }
        return points;
    }

    /** A place on the near thigh, {@code front} units towards its front (negative: the hamstrings). */
    Point thigh(double fraction, double front) {
        return alongBone(hip, nearKnee, fraction, front);
    }

    /** A place on the near shin, {@code front} units towards the shin bone (negative: the calf). */
    Point shin(double fraction, double front) {
        return alongBone(nearKnee, nearAnkle, fraction, front);
    }

    private Point alongBone(Point from, Point to, double fraction, double front) {
        return from.between(to, fraction).towards(from.degreesTo(to) - 90 * side, front);
    }

    @Override
    public Point onBone(String bone, double fraction, double front) {
        return switch (bone) {
            case "torso" -> torso(fraction, front);
            case "thigh" -> thigh(fraction, front);
            case "far-thigh" -> alongBone(hip, farKnee, fraction, front);
            case "shin" -> shin(fraction, front);
            default -> throw new IllegalArgumentException("a figure seen from the side has no bone " + bone);
        };
    }

    @Override
    public Point joint(String name) {
        return switch (name) {
            case "hip" -> hip;
            case "shoulder" -> shoulder;
            case "neck" -> neck;
            case "head" -> head;
            case "near-knee" -> nearKnee;
            case "near-ankle" -> nearAnkle;
            case "near-toe" -> nearToe;
            case "far-knee" -> farKnee;
            case "far-ankle" -> farAnkle;
            case "far-toe" -> farToe;
            case "near-elbow" -> placed(nearElbow, name);
            case "near-hand" -> placed(nearHand, name);
            case "far-elbow" -> placed(farElbow, name);
            case "far-hand" -> placed(farHand, name);
            default -> throw new IllegalArgumentException("a figure seen from the side has no joint " + name);
        };
    }

    /** An arm's joint, once that arm is placed: the near arm cannot reach for a place on the far one. */
    private static Point placed(Point joint, String name) {
        if (joint == null) {
            throw new IllegalArgumentException("the " + name + " is placed after the arm that reaches for it");
        }
        return joint;
    }

    /** A place on the head, {@code degrees} from the face direction. */
    Point headSurface(double degrees, double out) {
        return head.towards(faceAngle() + degrees * side, HEAD + out);
    }
}
