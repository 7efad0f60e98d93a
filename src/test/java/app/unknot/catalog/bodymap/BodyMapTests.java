package app.unknot.catalog.bodymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.CatalogFixture;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The body map draws every area of the catalog, on a figure of 120 by 262 units. */
class BodyMapTests {

    private static final BodyMap MAP = BodyMap.INSTANCE;
    private static final Pattern POINT = Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)");

    @Test
    void hasARegionForEveryAreaInCatalogOrder() {
        assertThat(MAP.regions()).extracting(BodyMap.Region::area).containsExactlyElementsOf(CatalogFixture.AREAS);
        assertThat(MAP.regions()).allSatisfy(region ->
            assertThat(Stream.concat(region.front().stream(), region.back().stream())).as(region.area()).isNotEmpty());
    }

    @Test
    void areasSeenFromBothSidesAreOnBothFigures() {
        for (String area : List.of("head", "neck", "shoulders", "it-band", "feet")) {
            assertThat(MAP.region(area).front()).as(area).isNotEmpty();
            assertThat(MAP.region(area).back()).as(area).isNotEmpty();
        }
        assertThat(MAP.region("chest").back()).isEmpty();
        assertThat(MAP.region("lower-back").front()).isEmpty();
    }

    @Test
    void everyShapeIsAClosedPathInsideTheFigure() {
        Stream<String> shapes = Stream.concat(MAP.silhouette().stream(),
            MAP.regions().stream().flatMap(region -> Stream.concat(region.front().stream(), region.back().stream())));
        assertThat(shapes).allSatisfy(shape -> {
            assertThat(shape).startsWith("M").endsWith("Z");
            POINT.matcher(shape).results().forEach(point -> {
                assertThat(Double.parseDouble(point.group(1))).as(shape).isBetween(0.0, 120.0);
                assertThat(Double.parseDouble(point.group(2))).as(shape).isBetween(0.0, 262.0);
            });
        });
    }

    @Test
    void closeUpsStayInTheirRow() {
        Stream<String> shapes = Stream.concat(MAP.closeUpSilhouette().stream(),
            MAP.regions().stream().flatMap(region -> region.closeUp().stream()));
        assertThat(shapes).allSatisfy(shape -> {
            assertThat(shape).startsWith("M").endsWith("Z");
            POINT.matcher(shape).results().forEach(point -> {
                assertThat(Double.parseDouble(point.group(1))).as(shape).isBetween(0.0, 240.0);
                assertThat(Double.parseDouble(point.group(2))).as(shape).isBetween(0.0, 116.0);
            });
        });
    }

    /**
     * The catalog's map is drawn at least one pixel a unit, so a close-up at least 24 units each way
     * is a target a finger can hit (WCAG's 24 by 24 pixels).
     */
    @ParameterizedTest
    @CsvSource({"jaw", "upper-arms", "forearms", "calves", "shins", "feet"})
    void aSmallAreaIsDrawnUpCloseLargeEnoughToTap(String area) {
        assertThat(MAP.region(area).closeUp()).singleElement().satisfies(shape -> {
            var xs = POINT.matcher(shape).results().mapToDouble(point -> Double.parseDouble(point.group(1))).summaryStatistics();
            var ys = POINT.matcher(shape).results().mapToDouble(point -> Double.parseDouble(point.group(2))).summaryStatistics();
            assertThat(xs.getMax() - xs.getMin()).isGreaterThanOrEqualTo(24);
            assertThat(ys.getMax() - ys.getMin()).isGreaterThanOrEqualTo(24);
        });
        assertThat(MAP.anyCloseUp(List.of("neck", area))).isTrue();
        assertThat(MAP.anyCloseUp(List.of("neck", "lower-back"))).isFalse();
    }

    @ParameterizedTest(name = "{0} mirrors to {1}")
    @CsvSource(delimiter = '|', value = {
        "M40,134 L45,137 Z        | M80,134 L75,137 Z",
        "M59.5,124 C53,152 0,1 Z  | M60.5,124 C67,152 120,1 Z",
        "M60,6.5 Z                | M60,6.5 Z"})
    void theRightSideMirrorsTheLeft(String left, String right) {
        assertThat(BodyMap.mirrored(left)).isEqualTo(right);
    }

    @Test
    void anAreaWithoutARegionIsRefused() {
        assertThatThrownBy(() -> MAP.region("elbow")).isInstanceOf(IllegalArgumentException.class);
    }
}
