package app.unknot.progress;

import app.unknot.safety.SafetyAnswers;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Pain before and after each session, oldest on the left, as coordinates for an SVG the server
 * draws: it works without JavaScript and prints. Before is dashed with squares and after solid with
 * circles, so the two read apart in black and white too.
 *
 * @param before the points of the sessions that gave a pain before
 * @param days the label under each session
 */
record PainChart(List<Point> before, List<Point> after, List<Label> days, List<Label> levels) {

    /** A day under a chart point as each language writes it short: "5 Dec", "5 dic", "5. Dez.". */
    private static final Map<String, String> DAY = Map.of("de", "d. MMM");

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 36;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;
    /** More labels than this under the axis would overlap; every so many is shown instead. */
    private static final int MOST_DAYS = 6;

    /** A session's pain as a point. */
    record Point(double x, double y, int pain) {
    }

    record Label(double x, double y, String text) {
    }

    /** @param sessions newest first, as they are listed */
    static PainChart of(List<Session> sessions, Locale locale) {
        List<Session> oldestFirst = new ArrayList<>(sessions);
        Collections.reverse(oldestFirst);
        var day = DateTimeFormatter.ofPattern(DAY.getOrDefault(locale.getLanguage(), "d MMM"), locale).withZone(ZoneId.systemDefault());
        int n = oldestFirst.size();
        int every = Math.max(1, (n + MOST_DAYS - 1) / MOST_DAYS);
        List<Point> before = new ArrayList<>();
        List<Point> after = new ArrayList<>();
        List<Label> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Session session = oldestFirst.get(i);
            double x = x(i, n);
            String when = day.format(session.at());
            if (session.painBefore() != null) {
                before.add(new Point(x, y(session.painBefore()), session.painBefore()));
            }
            after.add(new Point(x, y(session.painAfter()), session.painAfter()));
            if (i % every == 0 || i == n - 1) {
                days.add(new Label(x, HEIGHT - BOTTOM + 28, when));
            }
        }
        List<Label> levels = IntStream.rangeClosed(0, SafetyAnswers.MAX_PAIN_LEVEL / 2)
            .mapToObj(step -> new Label(LEFT - 10, y(step * 2), String.valueOf(step * 2))).toList();
        return new PainChart(before, after, days, levels);
    }

    /** The points as an SVG polyline's {@code points}. */
    static String line(List<Point> points) {
        return points.stream().map(point -> point.x() + "," + point.y()).collect(Collectors.joining(" "));
    }

    /** Public for the template: the drawing's size, and where the plot's axes are. */
    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public String beforeLine() {
        return line(before);
    }

    public String afterLine() {
        return line(after);
    }

    private static double x(int index, int count) {
        double plot = WIDTH - LEFT - RIGHT;
        return tenths(count == 1 ? LEFT + plot / 2 : LEFT + plot * index / (count - 1));
    }

    private static double y(int pain) {
        double plot = HEIGHT - TOP - BOTTOM;
        return tenths(TOP + plot * (1 - pain / (double) SafetyAnswers.MAX_PAIN_LEVEL));
    }

    /** A tenth of a unit is finer than any screen or printer shows; more digits only bloat the SVG. */
    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
