package app.unknot.sheet;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Reads a QR code back from a PNG data URI with zxing's own decoder, as a phone would. */
final class QrCodeReading {

    private static final String PNG_DATA = "data:image/png;base64,";

    private QrCodeReading() {
    }

    static BufferedImage image(String dataUri) throws Exception {
        if (!dataUri.startsWith(PNG_DATA)) {
            throw new IllegalArgumentException("not a PNG data URI: " + dataUri.substring(0, Math.min(40, dataUri.length())));
        }
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(PNG_DATA.length()))));
    }

    static String text(String dataUri) throws Exception {
        BufferedImage image = image(dataUri);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
