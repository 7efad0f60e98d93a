package app.unknot.catalog.picture;

import java.util.List;
import java.util.Locale;

/**
 * Writes SVG shapes with presentation attributes only (fill=, stroke=): the pages' Content Security
 * Policy forbids inline styles, and a picture must look the same on the page, alone and in the PDF.
 */
final class SvgCanvas {

    static final String FLOOR = "#9aa5b1";
    static final String PROP_FILL = "#ffffff";
    static final String PROP_LINE = "#3e4c59";
    static final String ARROW = "#1f2933";

    private final StringBuilder svg = new StringBuilder();
    /** What has been drawn spans these, so a picture can be cropped to its figure. */
    private double left = Double.MAX_VALUE;
    private double top = Double.MAX_VALUE;
    private double right = -Double.MAX_VALUE;
    private double bottom = -Double.MAX_VALUE;
    private Double floorY;

    void line(Point from, Point to, double width, String colour) {
        include(from, width / 2);
        include(to, width / 2);
        svg.append("<line x1=\"").append(n(from.x())).append("\" y1=\"").append(n(from.y()))
            .append("\" x2=\"").append(n(to.x())).append("\" y2=\"").append(n(to.y()))
            .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(n(width))
            .append("\" stroke-linecap=\"round\"/>");
    }

    void polyline(List<Point> points, double width, String colour) {
        points.forEach(point -> include(point, width / 2));
        svg.append("<polyline points=\"");
        points.forEach(point -> svg.append(n(point.x())).append(',').append(n(point.y())).append(' '));
        svg.setLength(svg.length() - 1);
        svg.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(n(width))
            .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
    }

    void circle(Point centre, double radius, String fill, String stroke, double width) {
        include(centre, radius + width / 2);
        svg.append("<circle cx=\"").append(n(centre.x())).append("\" cy=\"").append(n(centre.y()))
            .append("\" r=\"").append(n(radius)).append("\" fill=\"").append(fill).append('"');
        stroke(stroke, width);
    }

    void rect(double x, double y, double width, double height, double round, String fill, String stroke, double line) {
        include(new Point(x, y), line / 2);
        include(new Point(x + width, y + height), line / 2);
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
            .append("\" height=\"").append(n(height)).append("\" rx=\"").append(n(round))
            .append("\" fill=\"").append(fill).append('"');
        stroke(stroke, line);
    }

    /** A free shape in SVG path syntax, in picture coordinates, lying within {@code around} of {@code near}. */
    void path(String d, Point near, double around, String fill, String stroke, double width) {
        include(near, around);
        svg.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append('"');
        stroke(stroke, width);
    }

    /** An arrow along the points, with a head at the end (and at the start when {@code both}). */
    void arrow(List<Point> points, boolean both) {
        polyline(points, 1.6, ARROW);
        head(points.get(points.size() - 2), points.get(points.size() - 1));
        if (both) {
            head(points.get(1), points.get(0));
        }
    }

    /** An arc of a circle as an arrow, from {@code start} degrees through {@code sweep} degrees. */
    void arcArrow(Point centre, double radius, double start, double sweep, boolean both) {
        int steps = (int) Math.max(4, Math.abs(sweep) / 12);
        List<Point> points = new java.util.ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            points.add(centre.towards(start + sweep * i / steps, radius));
        }
        arrow(points, both);
    }

    /** An arrow round the trunk at {@code centre}, seen from the side: the body turning. */
    void turnArrow(Point centre) {
        path("M" + n(centre.x() + 12) + " " + n(centre.y() - 2) + "a12 4 0 1 1 -8 4", centre, 14, "none", ARROW, 1.6);
        polyline(List.of(centre.plus(1, 0), centre.plus(4, 2.4), centre.plus(0.5, 4.6)), 1.6, ARROW);
    }

    private void head(Point from, Point tip) {
        double angle = from.degreesTo(tip);
        polyline(List.of(tip.towards(angle + 150, 4), tip, tip.towards(angle - 150, 4)), 1.6, ARROW);
    }

    /** A floor line under everything, as wide as what stands on it: drawn first, sized last. */
    void floor(double y) {
        this.floorY = y;
    }

    /** Left, top, right and bottom of what has been drawn. */
    double[] bounds() {
        return new double[] {left, top, right, floorY == null ? bottom : Math.max(bottom, floorY + 2)};
    }

    void include(Point point, double around) {
        left = Math.min(left, point.x() - around);
        top = Math.min(top, point.y() - around);
        right = Math.max(right, point.x() + around);
        bottom = Math.max(bottom, point.y() + around);
    }

    /** Another canvas's drawing, inside this one (positioned by an enclosing group). */
    void embed(SvgCanvas other) {
        svg.append(other);
    }

    void open(String element) {
        svg.append('<').append(element).append('>');
    }

    void close(String element) {
        svg.append("</").append(element).append('>');
    }

    @Override
    public String toString() {
        if (floorY == null) {
            return svg.toString();
        }
        var floor = new SvgCanvas();
        floor.line(new Point(left - 4, floorY), new Point(right + 4, floorY), 1.5, FLOOR);
        return floor.svg + svg.toString();
    }

    private void stroke(String stroke, double width) {
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
        }
        svg.append("/>");
    }

    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        String whole = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        return whole.equals("-0") ? "0" : whole;
    }
}
