package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrCodesTests {

    private static final String URL = "https://unknot.example/routines/AAAAAAAAAAAAAAAAAAAAAA";

    private final QrCodes qrCodes = new QrCodes();

    @Test
    void scansBackToTheSameText() throws Exception {
        assertThat(QrCodeReading.text(qrCodes.pngDataUri(URL))).isEqualTo(URL);
    }

    @Test
    void isASquareBlackAndWhitePngWithAWhiteQuietZone() throws Exception {
        BufferedImage image = QrCodeReading.image(qrCodes.pngDataUri(URL));

        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(200, 400);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(31, 31)).as("just inside the four-module quiet zone").isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(32, 32)).as("the corner of the top-left finder pattern").isEqualTo(0xFF000000);
    }

    @Test
    void staysSmallEnoughToInline() {
        assertThat(qrCodes.pngDataUri(URL)).hasSizeLessThan(4_000);
    }
}
