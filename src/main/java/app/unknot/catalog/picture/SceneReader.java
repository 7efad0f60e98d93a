package app.unknot.catalog.picture;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads one scene file, {@code catalog/scenes/<name>.yaml} (the catalog README describes it): the
 * person, seen from the side ({@code person}) or the front ({@code front}), perhaps a partner's hands
 * on them, and the steps that draw the picture ({@link StepReader}).
 */
final class SceneReader {

    private static final Set<String> FILE_KEYS = Set.of("person", "front", "partner", "draw");

    private final PlaceReader places;

    private SceneReader(String scene) {
        this.places = new PlaceReader(scene);
    }

    static Scene read(String name, JsonNode file) {
        return new SceneReader(name).scene(file);
    }

    private Scene scene(JsonNode file) {
        places.keys(file, FILE_KEYS);
        if (file.has("person") == file.has("front")) {
            throw places.problem("a scene shows one person, seen from the side (person) or the front (front)");
        }
        Supplier<Landmarks> person = file.has("person") ? sideView(file.get("person")) : frontView(file.get("front"));
        Function<Landmarks, FrontFigure> partner = file.has("partner") ? partner(file.get("partner")) : figure -> null;
        List<Consumer<StepReader.Drawing>> steps = new StepReader(places).steps(file.get("draw"));
        return (canvas, worked) -> {
            Landmarks figure = person.get();
            var drawing = new StepReader.Drawing(canvas, worked, figure, partner.apply(figure));
            steps.forEach(step -> step.accept(drawing));
        };
    }

    private Supplier<Landmarks> sideView(JsonNode node) {
        places.keys(node, Set.of("hip", "torso", "head", "curve", "facing", "crossed", "arms", "legs", "feet", "hands"));
        double[] hip = places.numbers(node.get("hip"), 2);
        Limb[] arms = pair(node, "arms", new Limb[] {Limb.angles(95, 95), Limb.angles(85, 85)});
        Limb[] legs = pair(node, "legs", new Limb[] {Limb.angles(90, 90), Limb.angles(90, 90)});
        double[] feet = directions(node.get("feet"), "feet");
        double[] hands = directions(node.get("hands"), "hands");
        String facing = node.has("facing") ? node.get("facing").stringValue() : "right";
        if (!facing.equals("right") && !facing.equals("left")) {
            throw places.problem("a person faces left or right, not " + facing);
        }
        var pose = new Pose(new Point(hip[0], hip[1]), optional(node, "torso", -90), optional(node, "head", Double.NaN),
            optional(node, "curve", 0), arms[0], arms[1], legs[0], legs[1], feet[0], feet[1], facing.equals("left"),
            node.has("crossed") && node.get("crossed").booleanValue(), hands[0], hands[1]);
        return pose::body;
    }

    /**
     * Feet or hands, near and far: a direction each, or {@code null} for the usual (a foot at a right
     * angle to the shin, a round hand).
     */
    private double[] directions(JsonNode node, String what) {
        if (node == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (!node.isArray() || node.size() != 2) {
            throw places.problem(what + " are [near, far]: " + node);
        }
        return new double[] {node.get(0).isNull() ? Double.NaN : places.number(node.get(0)),
            node.get(1).isNull() ? Double.NaN : places.number(node.get(1))};
    }

    private Supplier<Landmarks> frontView(JsonNode node) {
        places.keys(node, Set.of("hip", "torso", "head", "seated", "arms", "legs", "hands"));
        double[] hip = places.numbers(node.get("hip"), 2);
        double torso = places.number(node.get("torso"));
        double head = places.number(node.get("head"));
        boolean seated = node.has("seated") && node.get("seated").booleanValue();
        Limb[] arms = node.has("arms") ? pair(node, "arms", null) : null;
        Limb[] legs = node.has("legs") ? pair(node, "legs", null) : null;
        double[] hands = directions(node.get("hands"), "hands");
        return () -> {
            var figure = new FrontFigure(new Point(hip[0], hip[1]), torso, head);
            if (seated) {
                figure.seated();
            }
            if (legs != null) {
                figure.legs(legs[0], legs[1]);
            }
            if (arms != null) {
                figure.arms(arms[0], arms[1]);
            }
            figure.hands(hands[0], hands[1]);
            return figure;
        };
    }

    /** A partner's right and left hands, on the person. */
    private Function<Landmarks, FrontFigure> partner(JsonNode node) {
        places.keys(node, Set.of("hands"));
        JsonNode hands = node.get("hands");
        if (hands == null || !hands.isArray() || hands.size() != 2) {
            throw places.problem("a partner has two hands: [right, left]");
        }
        Function<Landmarks, Point> right = places.place(hands.get(0));
        Function<Landmarks, Point> left = places.place(hands.get(1));
        return person -> FrontFigure.partner(right.apply(person), left.apply(person));
    }

    private Limb[] pair(JsonNode node, String key, Limb[] otherwise) {
        JsonNode limbs = node.get(key);
        if (limbs == null) {
            return otherwise;
        }
        if (!limbs.isArray() || limbs.size() != 2) {
            throw places.problem(key + " are a pair: " + limbs);
        }
        return new Limb[] {places.limb(limbs.get(0)), places.limb(limbs.get(1))};
    }

    private double optional(JsonNode node, String key, double otherwise) {
        return node.has(key) ? places.number(node.get(key)) : otherwise;
    }
}
