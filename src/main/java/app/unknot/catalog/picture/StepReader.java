package app.unknot.catalog.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.JsonNode;

/**
 * Reads a scene file's {@code draw} list: the steps that draw the picture, in the order they are drawn,
 * what stands behind the figure first, the arrows last. Each is a name ({@code floor}) or a name and what
 * it needs ({@code mat: [40, 135]}).
 */
final class StepReader {

    private final PlaceReader places;

    StepReader(PlaceReader places) {
        this.places = places;
    }

    /** What one drawing of a scene has to hand: the canvas, the areas to highlight and the figures, placed. */
    record Drawing(SvgCanvas canvas, Set<String> worked, Landmarks person, FrontFigure partner) {

        Body body() {
            return (Body) person;
        }
    }

    List<Consumer<Drawing>> steps(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw places.problem("draw lists the steps that draw the picture");
        }
        List<Consumer<Drawing>> steps = new ArrayList<>();
        node.values().forEach(step -> steps.add(step(step)));
        return List.copyOf(steps);
    }

    private Consumer<Drawing> step(JsonNode node) {
        if (node.isString()) {
            return switch (node.stringValue()) {
                case "floor" -> drawing -> Props.floor(drawing.canvas());
                case "chair-from-front" -> drawing -> Props.chairFromFront(drawing.canvas());
                case "person" -> drawing -> drawPerson(drawing, behind -> { });
                case "person-hand" -> drawing -> Figure.nearHand(drawing.canvas(), drawing.body());
                case "partner-body" -> drawing -> drawing.partner().drawBody(drawing.canvas(), Set.of(), Figure.PARTNER);
                case "partner-arms" -> drawing -> drawing.partner().drawArms(drawing.canvas(), Figure.PARTNER);
                default -> throw places.problem("unknown drawing step " + node.stringValue());
            };
        }
        if (!node.isObject() || node.size() != 1) {
            throw places.problem("a drawing step is a name, or a name and what it needs: " + node);
        }
        var entry = node.properties().iterator().next();
        JsonNode value = entry.getValue();
        return switch (entry.getKey()) {
            case "person" -> person(value);
            case "person-hand" -> hand(value);
            case "mat" -> {
                double[] span = places.numbers(value, 2);
                yield drawing -> Props.mat(drawing.canvas(), span[0], span[1]);
            }
            case "mat-from-above" -> {
                double[] box = places.numbers(value, 4);
                yield drawing -> Props.matFromAbove(drawing.canvas(), box[0], box[1], box[2], box[3]);
            }
            case "chair" -> {
                ToDoubleFunction<Landmarks> x = places.coordinate(value, Point::x);
                yield drawing -> Props.chair(drawing.canvas(), x.applyAsDouble(drawing.person()));
            }
            case "wall" -> {
                ToDoubleFunction<Landmarks> x = places.coordinate(value, Point::x);
                yield drawing -> Props.wall(drawing.canvas(), x.applyAsDouble(drawing.person()));
            }
            case "couch" -> furniture(value, Props::couch);
            case "bed" -> furniture(value, Props::bed);
            case "roller" -> at(value, Props::roller);
            case "tennis-ball" -> at(value, Props::tennisBall);
            case "golf-ball" -> at(value, Props::golfBall);
            case "loop" -> at(value, Props::loop);
            case "warmth" -> at(value, Props::warmth);
            case "turn-arrow" -> at(value, SvgCanvas::turnArrow);
            case "massage-gun" -> massageGun(value);
            case "pad" -> pad(value);
            case "dot" -> dot(value);
            case "strap" -> {
                List<Function<Landmarks, Point>> ends = placeList(value);
                yield drawing -> drawing.canvas().line(ends.get(0).apply(drawing.person()), ends.get(1).apply(drawing.person()), 1.2,
                    SvgCanvas.PROP_LINE);
            }
            case "arrow", "two-way-arrow" -> {
                List<Function<Landmarks, Point>> along = placeList(value);
                boolean both = entry.getKey().equals("two-way-arrow");
                yield drawing -> drawing.canvas().arrow(along.stream().map(place -> place.apply(drawing.person())).toList(), both);
            }
            case "arc-arrow" -> arcArrow(value);
            default -> throw places.problem("unknown drawing step " + entry.getKey());
        };
    }

    /** The person, with what they wear round the neck drawn behind the neck and head (a front view only). */
    private Consumer<Drawing> person(JsonNode node) {
        places.keys(node, Set.of("behind-neck"));
        List<Consumer<Drawing>> behindNeck = steps(node.get("behind-neck"));
        return drawing -> drawPerson(drawing, behind -> behindNeck.forEach(step -> step.accept(drawing)));
    }

    /**
     * A hand drawn again over what is drawn after the figure, so it holds a tool or works on the other
     * arm: {@code near} or {@code far} seen from the side, {@code right} or {@code left} from the front.
     */
    private Consumer<Drawing> hand(JsonNode node) {
        String which = node.isString() ? node.stringValue() : "";
        return switch (which) {
            case "near" -> drawing -> Figure.nearHand(drawing.canvas(), drawing.body());
            case "far" -> drawing -> Figure.farHand(drawing.canvas(), drawing.body());
            case "right", "left" -> drawing -> {
                if (!(drawing.person() instanceof FrontFigure front)) {
                    throw places.problem("a figure seen from the side has a near and a far hand, not a " + which + " one");
                }
                front.drawHand(drawing.canvas(), which, Figure.NEAR);
            };
            default -> throw places.problem("person-hand is near or far (side view), right or left (front view), not " + node);
        };
    }

    private static void drawPerson(Drawing drawing, Consumer<SvgCanvas> behindNeck) {
        if (drawing.person() instanceof FrontFigure front) {
            front.drawBody(drawing.canvas(), drawing.worked(), Figure.NEAR, behindNeck);
            front.drawArms(drawing.canvas(), Figure.NEAR);
            front.highlightArm(drawing.canvas(), drawing.worked());
        }
        else {
            Figure.draw(drawing.canvas(), drawing.body(), drawing.worked());
        }
    }

    private interface Furniture {
        void draw(SvgCanvas canvas, double x, double y, double width);
    }

    /** A couch's {@code seat} or a bed's {@code top}: where its top is. */
    private Consumer<Drawing> furniture(JsonNode node, Furniture furniture) {
        places.keys(node, Set.of("x", "top", "width"));
        double x = places.number(node.get("x"));
        ToDoubleFunction<Landmarks> top = places.coordinate(node.get("top"), Point::y);
        double width = places.number(node.get("width"));
        return drawing -> furniture.draw(drawing.canvas(), x, top.applyAsDouble(drawing.person()), width);
    }

    private Consumer<Drawing> at(JsonNode node, BiConsumer<SvgCanvas, Point> draw) {
        Function<Landmarks, Point> place = places.place(node);
        return drawing -> draw.accept(drawing.canvas(), place.apply(drawing.person()));
    }

    private Consumer<Drawing> massageGun(JsonNode node) {
        places.keys(node, Set.of("head", "pointing", "handle"));
        Function<Landmarks, Point> head = places.place(node.get("head"));
        double pointing = places.number(node.get("pointing"));
        int handle = places.side(node.get("handle"));
        return drawing -> Props.massageGun(drawing.canvas(), head.apply(drawing.person()), pointing, handle);
    }

    private Consumer<Drawing> pad(JsonNode node) {
        places.keys(node, Set.of("along", "width"));
        List<Function<Landmarks, Point>> along = placeList(node.get("along"));
        double width = places.number(node.get("width"));
        return drawing -> Props.pad(drawing.canvas(), along.stream().map(place -> place.apply(drawing.person())).toList(), width);
    }

    private Consumer<Drawing> dot(JsonNode node) {
        places.keys(node, Set.of("at", "radius"));
        Function<Landmarks, Point> at = places.place(node.get("at"));
        double radius = places.number(node.get("radius"));
        return drawing -> drawing.canvas().circle(at.apply(drawing.person()), radius, SvgCanvas.PROP_LINE, null, 0);
    }

    private Consumer<Drawing> arcArrow(JsonNode node) {
        places.keys(node, Set.of("centre", "radius", "from", "sweep"));
        Function<Landmarks, Point> centre = places.place(node.get("centre"));
        double radius = places.number(node.get("radius"));
        double from = places.number(node.get("from"));
        double sweep = places.number(node.get("sweep"));
        return drawing -> drawing.canvas().arcArrow(centre.apply(drawing.person()), radius, from, sweep, false);
    }

    private List<Function<Landmarks, Point>> placeList(JsonNode node) {
        if (node == null || !node.isArray() || node.size() < 2) {
            throw places.problem("a line goes through two places or more: " + node);
        }
        return node.values().stream().map(places::place).toList();
    }
}
