package app.unknot.catalog.picture;

import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.JsonNode;

/**
 * Reads the places, numbers and limbs of one scene file (the catalog README describes them). A place
 * is a point given outright, {@code [x, y]}; a joint of the person, {@code near-knee}; or a map: a
 * place along a bone ({@code torso: [0.3, 7.5]}), a joint ({@code at: head}), where a hand holds a
 * massage gun ({@code gun-grip}), or an {@code x} and a {@code y} taken from two places, then moved
 * {@code between} it and another, {@code towards} a direction and by {@code plus: [dx, dy]}, in that
 * order. Places are found on the figure once it is drawn, so a hand can reach a point on its own leg.
 */
final class PlaceReader {

    private static final Set<String> BONES = Set.of("torso", "thigh", "far-thigh", "shin");
    private static final Set<String> PLACE_KEYS = Set.of("torso", "thigh", "far-thigh", "shin", "at", "gun-grip", "x", "y",
        "between", "towards", "plus");

    private final String scene;

    PlaceReader(String scene) {
        this.scene = scene;
    }

    Function<Landmarks, Point> place(JsonNode node) {
        if (node == null || node.isNull()) {
            throw problem("a place is missing");
        }
        if (node.isString()) {
            String joint = node.stringValue();
            return figure -> figure.joint(joint);
        }
        if (node.isArray()) {
            double[] xy = numbers(node, 2);
            Point point = new Point(xy[0], xy[1]);
            return figure -> point;
        }
        keys(node, PLACE_KEYS);
        Function<Landmarks, Point> base = base(node);
        if (node.has("between")) {
            JsonNode between = node.get("between");
            if (!between.isArray() || between.size() != 2) {
                throw problem("between takes a place and a fraction: " + between);
            }
            Function<Landmarks, Point> other = place(between.get(0));
            double fraction = number(between.get(1));
            Function<Landmarks, Point> from = base;
            base = figure -> from.apply(figure).between(other.apply(figure), fraction);
        }
        if (node.has("towards")) {
            double[] towards = numbers(node.get("towards"), 2);
            Function<Landmarks, Point> from = base;
            base = figure -> from.apply(figure).towards(towards[0], towards[1]);
        }
        if (node.has("plus")) {
            double[] plus = numbers(node.get("plus"), 2);
            Function<Landmarks, Point> from = base;
            base = figure -> from.apply(figure).plus(plus[0], plus[1]);
        }
        return base;
    }

    private Function<Landmarks, Point> base(JsonNode node) {
        var named = node.propertyNames().stream().filter(key -> BONES.contains(key) || key.equals("at") || key.equals("gun-grip")).toList();
        boolean xy = node.has("x") || node.has("y");
        if (named.size() + (xy ? 1 : 0) != 1) {
            throw problem("a place says where it starts once (a bone, at, gun-grip, or x and y): " + node);
        }
        if (xy) {
            ToDoubleFunction<Landmarks> x = coordinate(node.get("x"), Point::x);
            ToDoubleFunction<Landmarks> y = coordinate(node.get("y"), Point::y);
            return figure -> new Point(x.applyAsDouble(figure), y.applyAsDouble(figure));
        }
        String key = named.get(0);
        if (key.equals("at")) {
            return place(node.get("at"));
        }
        if (key.equals("gun-grip")) {
            JsonNode gun = node.get("gun-grip");
            Function<Landmarks, Point> head = place(gun.get("head"));
            double pointing = number(gun.get("pointing"));
            int handle = side(gun.get("handle"));
            keys(gun, Set.of("head", "pointing", "handle"));
            return figure -> Props.massageGunGrip(head.apply(figure), pointing, handle);
        }
        double[] along = numbers(node.get(key), 2);
        return figure -> figure.onBone(key, along[0], along[1]);
    }

    /** A number, or a place's x or y (as {@code axis} takes it). */
    ToDoubleFunction<Landmarks> coordinate(JsonNode node, ToDoubleFunction<Point> axis) {
        if (node != null && node.isNumber()) {
            double value = node.doubleValue();
            return figure -> value;
        }
        Function<Landmarks, Point> place = place(node);
        return figure -> axis.applyAsDouble(place.apply(figure));
    }

    /** An arm or a leg: {@code [upper, lower]}, the directions of its bones, or {@code {reach: place, bend: 1 or -1}}. */
    Limb limb(JsonNode node) {
        if (node.isArray()) {
            double[] angles = numbers(node, 2);
            return Limb.angles(angles[0], angles[1]);
        }
        keys(node, Set.of("reach", "bend"));
        return Limb.reach(place(node.get("reach")), side(node.get("bend")));
    }

    double number(JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw problem("a number is missing where " + node + " stands");
        }
        return node.doubleValue();
    }

    double[] numbers(JsonNode node, int count) {
        if (node == null || !node.isArray() || node.size() != count) {
            throw problem(count + " numbers are wanted where " + node + " stands");
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = number(node.get(i));
        }
        return numbers;
    }

    int side(JsonNode node) {
        double side = number(node);
        if (side != 1 && side != -1) {
            throw problem("a bend or a handle is 1 or -1, not " + node);
        }
        return (int) side;
    }

    /** A map whose keys are all known: a misspelt key is a mistake, not something to pass over. */
    void keys(JsonNode node, Set<String> known) {
        if (!node.isObject()) {
            throw problem("a map is wanted where " + node + " stands");
        }
        node.propertyNames().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw problem("unknown key " + key + " (known: " + known.stream().sorted().toList() + ")");
        });
    }

    IllegalArgumentException problem(String what) {
        return new IllegalArgumentException("scene " + scene + ": " + what);
    }
}
