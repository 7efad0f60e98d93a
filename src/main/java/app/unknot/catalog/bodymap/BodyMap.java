package app.unknot.catalog.bodymap;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A front and a back figure, each 120 by 262 units, and the shape of every body area on them as
 * SVG path data: what the body maps draw. Most shapes are drawn once for the figure's left and
 * mirrored, so both sides match. An area is on the front, the back or both (the feet, say).
 * Areas too small to tap on a phone's figure (the jaw, the arms, the lower leg) are also drawn up
 * close, in a row 240 by 116 units under the figures: a face, an arm and a lower leg, each large.
 */
public final class BodyMap {

    public static final BodyMap INSTANCE = new BodyMap();

    /** An area's shapes on the front and on the back figure, and up close; any may be empty. */
    public record Region(String area, List<String> front, List<String> back, List<String> closeUp) {

        public Region {
            front = List.copyOf(front);
            back = List.copyOf(back);
            closeUp = List.copyOf(closeUp);
        }

        Region(String area, List<String> front, List<String> back) {
            this(area, front, back, List.of());
        }

        Region closeUp(String... shapes) {
            return new Region(area, front, back, List.of(shapes));
        }
    }

    private static final int WIDTH = 120;
    private static final Pattern POINT = Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)");

    private static final String HEAD = "M60,6.5 C67.5,6.5 72.5,13 72.5,22 C72.5,31 67.5,37.5 60,37.5 "
        + "C52.5,37.5 47.5,31 47.5,22 C47.5,13 52.5,6.5 60,6.5 Z";
    private static final String ARM = "M34,52 C29,54 27,60 26,68 L23,100 L20,136 C19,144 19,152 22,157 "
        + "C25,160 29,158 29,152 L30,140 L34,104 L39,78 L41,68 Z";
    private static final String LEG = "M40,134 C38,156 40,176 43,194 C44,204 44,214 45,226 L47,246 L56,246 L57,226 "
        + "C59,212 59,204 58,194 L59,144 L60,140 Z";
    private static final String TORSO = "M33,53 C37,48 45,47 53,47 L67,47 C75,47 83,48 87,53 C89,58 89,63 88,66 "
        + "L79,68 L78,100 L77,114 L80,134 L40,134 L43,114 L42,100 L41,68 L32,66 C31,62 31,57 33,53 Z";
    private static final String UPPER_ARM = "M26.5,66 L41,67 L39,78 L34,102 L23,101 Z";
    private static final String FOREARM = "M23,101 L34,102 L30,140 L29,152 C29,158 25,160 22,157 C19,152 19,144 20,136 Z";
    private static final String IT_BAND_FRONT = "M40,134 L45,137 C45,155 45,175 46,193 L43,194 C40,176 38,156 40,134 Z";
    private static final String IT_BAND_BACK = "M40,140 L45,146 C45,160 45,175 46,193 L43,194 C40,176 38,158 40,140 Z";

    /** Up close: the face above the jaw, and the neck under it. */
    private static final List<String> CLOSE_UP_SILHOUETTE = List.of("M24,88 L44,88 L46,114 L22,114 Z",
        "M34,22 C49,22 60,38 60,58 C60,78 49,94 34,94 C19,94 8,78 8,58 C8,38 19,22 34,22 Z");

    private static final List<String> SILHOUETTE = Stream.concat(both(ARM, LEG).stream(), Stream.of(TORSO)).toList();

    private static final Map<String, Region> REGIONS = regions(
        new Region("head", List.of(HEAD), List.of(HEAD)),
        new Region("jaw", List.of("M49,27 C54,30.5 66,30.5 71,27 C69,33.5 65,37.5 60,37.5 C55,37.5 51,33.5 49,27 Z"), List.of())
            .closeUp("M8.5,64 C16,72 52,72 59.5,64 C57,82 47,94 34,94 C21,94 11,82 8.5,64 Z"),
        new Region("neck", List.of("M54,34 L66,34 L67,48 C63,50 57,50 53,48 Z"), List.of("M54,34 L66,34 L67,47 L53,47 Z")),
        new Region("shoulders", both("M53,48 C45,48 37,49 33,53 C31,57 31,62 32,66 L41,67 C42,60 46,54 53,51 Z"),
            List.of("M33,53 C37,48 45,47 53,47 L67,47 C75,47 83,48 87,53 C89,57 89,62 88,66 L79,67 "
                + "C74,62 67,60 60,60 C53,60 46,62 41,67 L32,66 C31,62 31,57 33,53 Z")),
        new Region("upper-arms", both(UPPER_ARM), both(UPPER_ARM)).closeUp("M74,10 L146,14 L146,46 L74,50 C68,42 68,18 74,10 Z"),
        new Region("forearms", both(FOREARM), both(FOREARM))
            .closeUp("M146,14 L200,19 C210,15 226,15 233,22 C238,28 236,36 229,38 C220,41 208,40 200,37 L146,46 Z"),
        new Region("chest", List.of("M53,51 C57,52 63,52 67,51 C74,54 78,60 79,67 L78,88 L42,88 L41,67 C42,60 46,54 53,51 Z"),
            List.of()),
        new Region("upper-back", List.of(), List.of("M41,67 C46,62 53,60 60,60 C67,60 74,62 79,67 L78,100 L42,100 Z")),
        new Region("lower-back", List.of(), List.of("M42,100 L78,100 L77,114 L78,124 L42,124 L43,114 Z")),
        new Region("abdomen", List.of("M42,88 L78,88 L77,114 C70,117 50,117 43,114 Z"), List.of()),
        new Region("glutes", List.of(), both("M42,124 L60,124 L60,148 C53,152 45,150 40,140 Z")),
        new Region("hips", List.of("M43,114 C50,117 70,117 77,114 L80,134 C74,138 66,141 60,142 C54,141 46,138 40,134 Z"),
            List.of()),
        new Region("thighs", both("M45,137 C50,140 55,141 59,142 L58,192 C55,196 49,196 46,193 C45,175 45,155 45,137 Z"),
            List.of()),
        new Region("hamstrings", List.of(),
            both("M45,146 C50,151 55,151 59,149 L58,192 C55,196 49,196 46,193 C45,175 45,160 45,146 Z")),
        new Region("it-band", both(IT_BAND_FRONT), both(IT_BAND_BACK)),
        new Region("calves", List.of(), both("M45,206 C43,216 44,230 47,238 L56,238 C58,230 59,216 57,206 C53,203 49,203 45,206 Z"))
            .closeUp("M74,84 L196,84 L196,92 C160,100 110,108 74,108 C69,100 69,92 74,84 Z"),
        new Region("shins", both("M44,200 C49,197 54,197 57.5,200 C58,210 57.5,220 56.5,228 L56,242 L47,242 L46,228 "
            + "C45,218 44.5,208 44,200 Z"), List.of()).closeUp("M74,60 C110,60 160,63 196,66 L196,84 L74,84 C69,76 69,66 74,60 Z"),
        new Region("feet", both("M47,244 L56,244 C57,250 57,255 55,258 L43,258 C41,256 42,253 45,251 Z"),
            both("M47,244 L56,244 L56.5,254 C55,258 48,258 46.5,254 Z"))
            .closeUp("M196,66 L214,72 C226,74 236,80 236,88 C236,94 228,96 218,96 L196,92 Z"));

    private BodyMap() {
    }

    /** The figure without its areas: arms, legs and trunk, drawn under the regions on both figures. */
    public List<String> silhouette() {
        return SILHOUETTE;
    }

    /** The close-ups without their areas: the face above the jaw, and the neck. */
    public List<String> closeUpSilhouette() {
        return CLOSE_UP_SILHOUETTE;
    }

    /** Whether any of these areas is drawn up close. */
    public boolean anyCloseUp(Collection<String> areas) {
        return areas.stream().anyMatch(area -> REGIONS.containsKey(area) && !REGIONS.get(area).closeUp().isEmpty());
    }

    /** Every region, head to feet as the catalog orders areas. */
    public List<Region> regions() {
        return List.copyOf(REGIONS.values());
    }

    /** @throws IllegalArgumentException when the map has no region for this area */
    public Region region(String area) {
        Region region = REGIONS.get(area);
        if (region == null) {
            throw new IllegalArgumentException("the body map has no region for " + area);
        }
        return region;
    }

    private static Map<String, Region> regions(Region... regions) {
        var byArea = new LinkedHashMap<String, Region>();
        Stream.of(regions).forEach(region -> byArea.put(region.area(), region));
        return byArea;
    }

    /** Each shape as drawn, for the figure's left, and mirrored, for its right. */
    private static List<String> both(String... left) {
        return Stream.of(left).flatMap(shape -> Stream.of(shape, mirrored(shape))).toList();
    }

    static String mirrored(String shape) {
        Matcher point = POINT.matcher(shape);
        return point.replaceAll(match -> format(WIDTH - Double.parseDouble(match.group(1))) + "," + match.group(2));
    }

    private static String format(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }
}
