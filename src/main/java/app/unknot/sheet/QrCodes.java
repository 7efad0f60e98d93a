package app.unknot.sheet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * QR codes as PNG data URIs, so a page and its PDF carry the image inline with nothing more to fetch
 * (the Content-Security-Policy allows {@code img-src data:}).
 */
@Component
class QrCodes {

    /** Crisp when printed about 3 cm wide, and a few kilobytes as a PNG. */
    private static final int PIXELS_PER_MODULE = 8;
    /** The four-module white border that scanners need around the code. */
    private static final int QUIET_ZONE_MODULES = 4;

    String pngDataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(matrix(text)));
    }

    private static BitMatrix matrix(String text) {
        try {
            // Size 0 asks for one pixel per module; scaling is done below, without blurring.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        }
        catch (WriterException ex) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", ex);
        }
    }

    private static byte[] png(BitMatrix matrix) {
        var image = new BufferedImage(matrix.getWidth() * PIXELS_PER_MODULE, matrix.getHeight() * PIXELS_PER_MODULE,
            BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    graphics.fillRect(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, PIXELS_PER_MODULE, PIXELS_PER_MODULE);
                }
            }
        }
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
