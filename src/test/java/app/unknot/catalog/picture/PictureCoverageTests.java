package app.unknot.catalog.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.store.CatalogLoader;
import app.unknot.catalog.picture.Illustration;
import app.unknot.catalog.Technique;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/** Every technique the migrations hold has a picture that shows what it works, and words for it. */
@DataJpaTest
@Import(CatalogLoader.class)
class PictureCoverageTests {

    private static final Pattern SIZE = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"");
    private static final Set<String> PARTNER_MASSAGES = Set.of("effleurage", "spine-sacrum-circular-kneading",
        "glute-kneading-compression", "petrissage", "partner-arm-massage", "partner-head-massage");

    @Autowired
    Catalog catalog;

    TechniquePictures pictures = new TechniquePictures();

    @Test
    void everyTechniqueHasAPictureAndNoPictureIsForATechniqueThatIsGone() {
        assertThat(pictures.slugs()).containsExactlyInAnyOrderElementsOf(catalog.techniques().stream().map(Technique::slug).toList());
    }

    @Test
    void aPictureHighlightsOnlyAreasItsTechniqueWorks() {
        assertThat(catalog.techniques()).allSatisfy(technique ->
            assertThat(technique.areaSlugs()).as(technique.slug()).containsAll(pictures.picture(technique.slug()).worked()));
    }

    @Test
    void everyPictureSaysInWordsWhatItShows() {
        assertThat(catalog.techniques()).allSatisfy(technique -> {
            String words = pictures.text(technique.slug(), java.util.Locale.UK);
            assertThat(words).as(technique.slug()).isNotBlank().doesNotContainIgnoringCase("image").doesNotContainIgnoringCase("picture of");
        });
    }

    /** The style rules: presentation attributes only, as the Content Security Policy allows nothing inline. */
    @Test
    void picturesAreSvgWithoutStylesOrScripts() {
        assertThat(catalog.techniques()).allSatisfy(technique -> assertThat(pictures.picture(technique.slug()).svg())
            .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            .doesNotContain("style", "<script", "href"));
    }

    /** Printed in black and white the worked area must still stand out: much darker than the body, rimmed in near-black. */
    @Test
    void theWorkedAreaStaysDarkerThanTheFigureInGrey() {
        assertThat(grey(Figure.WORKED)).isLessThan(grey(Figure.NEAR) - 0.15).isLessThan(grey(Figure.FAR) - 0.15);
        assertThat(grey(Figure.WORKED_RIM)).isLessThan(0.1);
    }

    private static double grey(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return (0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff)) / 255;
    }

    /** The sheet prints a picture at the size its svg element says: 32 × 16 mm at most, a partner's massage 44 × 20 mm. */
    @Test
    void aPictureFitsItsPrintedBoxAndAPartnersMassageHasTheLargerOne() {
        assertThat(catalog.techniques()).allSatisfy(technique -> {
            Matcher size = SIZE.matcher(pictures.picture(technique.slug()).svg());
            assertThat(size.find()).as(technique.slug()).isTrue();
            boolean partner = PARTNER_MASSAGES.contains(technique.slug());
            assertThat(Integer.parseInt(size.group(1))).as(technique.slug()).isLessThanOrEqualTo(partner ? 166 : 121);
            assertThat(Integer.parseInt(size.group(2))).as(technique.slug()).isLessThanOrEqualTo(partner ? 76 : 60);
        });
        assertThat(pictures.picture("effleurage").svg()).contains("width=\"161\" height=\"76\"");
    }

    @ParameterizedTest
    @CsvSource({
        "cat-cow,                    2",
        "childs-pose,                2",
        "supine-twist,               2",
        "flat-back-90-90,            1",
    })
    void aMovementBetweenTwoPositionsShowsBoth(String slug, int positions) {
        assertThat(pictures.picture(slug).svg().split("<g transform=")).hasSize(positions + 1);
    }

    @Test
    void anUnknownPositionOrAreaIsRefused() {
        assertThatThrownBy(() -> new TechniquePictures(List.of(catCow("on-one-hand", "lower-back"))))
            .hasMessageContaining("no scene on-one-hand for cat-cow");
        assertThatThrownBy(() -> new TechniquePictures(List.of(catCow("all-fours-back-rounded", "elbows"))))
            .hasMessageContaining("no highlight for area elbows");
    }

    private static Illustration catCow(String scene, String area) {
        return new Illustration("cat-cow", List.of(scene), List.of(area), "On hands and knees.");
    }
}
