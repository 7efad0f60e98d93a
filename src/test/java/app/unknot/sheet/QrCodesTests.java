package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrCodesTests {

    private static final String URL = "https://unknot.example/routines/AAAAAAAAAAAAAAAAAAAAAA";

    private final QrCodes qrCodes = new QrCodes();

    @Test
    void scansBackToTheSameText() throws Exception {
        assertThat(QrCodeReading.text(qrCodes.svgDataUri(URL))).isEqualTo(URL);
    }

    @Test
    void isASquareOfBlackModulesWithAWhiteQuietZone() throws Exception {
        String uri = qrCodes.svgDataUri(URL);
        BufferedImage image = QrCodeReading.image(uri);
        // A version 4 code for this URL: 33 modules across, and 4 more on each side.
        assertThat(QrCodeReading.svg(uri)).contains("viewBox=\"0 0 41 41\"");
        float module = QrCodeReading.PIXELS / 41;

        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isEqualTo((int) QrCodeReading.PIXELS);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB((int) (3.5 * module), (int) (3.5 * module))).as("just inside the quiet zone").isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB((int) (4.5 * module), (int) (4.5 * module))).as("the corner of the top-left finder pattern")
            .isEqualTo(0xFF000000);
    }

    @Test
    void staysSmallEnoughToInline() {
        assertThat(qrCodes.svgDataUri(URL)).hasSizeLessThan(8_000).contains("svg+xml");
        assertThat(QrCodeReading.svg(qrCodes.svgDataUri(URL))).doesNotContain("<script", "href");
    }
}
