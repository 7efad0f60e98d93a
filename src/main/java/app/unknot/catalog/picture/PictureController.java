package app.unknot.catalog.picture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves each technique's picture as an SVG file, for the pages' {@code <img>}. A picture only
 * changes with a new release, so browsers keep it a day and then ask again with its ETag.
 */
@Controller
class PictureController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final TechniquePictures pictures;

    PictureController(TechniquePictures pictures) {
        this.pictures = pictures;
    }

    @GetMapping("/techniques/{slug}/picture.svg")
    ResponseEntity<byte[]> picture(@PathVariable String slug, WebRequest request) {
        byte[] svg = pictures.picture(slug).svg().getBytes(StandardCharsets.UTF_8);
        String eTag = eTag(svg);
        if (request.checkNotModified(eTag)) {
            return null;
        }
        return ResponseEntity.ok().contentType(SVG).cacheControl(A_DAY).eTag(eTag).body(svg);
    }

    private static String eTag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
