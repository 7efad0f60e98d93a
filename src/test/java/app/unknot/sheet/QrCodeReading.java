package app.unknot.sheet;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Reads a QR code back from an SVG data URI as a phone would: drawn as pixels by Batik (the library
 * that draws it into the PDF), then read by zxing's own decoder.
 */
final class QrCodeReading {

    private static final String SVG_DATA = "data:image/svg+xml;base64,";
    /** The width the code is drawn at: a few pixels a module, like a photo of the printed sheet. */
    static final float PIXELS = 300;

    private QrCodeReading() {
    }

    static String svg(String dataUri) {
        if (!dataUri.startsWith(SVG_DATA)) {
            throw new IllegalArgumentException("not an SVG data URI: " + dataUri.substring(0, Math.min(40, dataUri.length())));
        }
        return new String(Base64.getDecoder().decode(dataUri.substring(SVG_DATA.length())), StandardCharsets.UTF_8);
    }

    static BufferedImage image(String dataUri) throws Exception {
        var drawn = new BufferedImage[1];
        var transcoder = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int width, int height) {
                return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage image, TranscoderOutput output) {
                drawn[0] = image;
            }
        };
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, PIXELS);
        transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(svg(dataUri).getBytes(StandardCharsets.UTF_8))), null);
        return drawn[0];
    }

    static String text(String dataUri) throws Exception {
        BufferedImage image = image(dataUri);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
