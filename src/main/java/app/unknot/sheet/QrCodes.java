package app.unknot.sheet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * QR codes as SVG data URIs, so a page and its PDF carry the image inline with nothing more to fetch
 * (the Content-Security-Policy allows {@code img-src data:}). Drawn as squares, one unit a module,
 * they stay sharp at any size, and the PDF draws them as shapes instead of decoding and packing a
 * bitmap again on every render.
 */
@Component
class QrCodes {

    /** The four-module white border that scanners need around the code. */
    private static final int QUIET_ZONE_MODULES = 4;

    String svgDataUri(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(matrix(text)).getBytes(StandardCharsets.UTF_8));
    }

    private static BitMatrix matrix(String text) {
        try {
            // Size 0 asks for one unit per module.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        }
        catch (WriterException ex) {
            throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", ex);
        }
    }

    /** A white square, then each row's runs of dark modules as one path. */
    private static String svg(BitMatrix matrix) {
        int size = matrix.getWidth();
        var path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    int start = x;
                    while (x < size && matrix.get(x, y)) {
                        x++;
                    }
                    path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + matrix.getHeight()
            + "\" width=\"" + size + "\" height=\"" + matrix.getHeight() + "\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
