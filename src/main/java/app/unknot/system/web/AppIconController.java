package app.unknot.system.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The icons a browser asks for ({@code /favicon.ico} without being told) and the ones the pages and the
 * manifest name, all drawn by {@link AppIcon} on first request and kept in memory. Their addresses are
 * fixed, so browsers keep them a day rather than a year: a redrawn icon reaches everyone by tomorrow.
 */
@Controller
class AppIconController {

    static final MediaType PNG = MediaType.IMAGE_PNG;
    static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    static final MediaType ICO = MediaType.valueOf("image/x-icon");

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final Map<String, byte[]> drawn = new ConcurrentHashMap<>();

    @GetMapping("/favicon.ico")
    @ResponseBody
    ResponseEntity<byte[]> favicon() {
        return icon("favicon.ico", ICO, () -> AppIcon.ico(16, 32, 48));
    }

    @GetMapping("/icon.svg")
    @ResponseBody
    ResponseEntity<byte[]> svg() {
        return icon("icon.svg", SVG, () -> AppIcon.svg().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/icons/icon-192.png")
    @ResponseBody
    ResponseEntity<byte[]> icon192() {
        return icon("icon-192", PNG, () -> AppIcon.png(192, AppIcon.Fill.ROUNDED));
    }

    @GetMapping("/icons/icon-512.png")
    @ResponseBody
    ResponseEntity<byte[]> icon512() {
        return icon("icon-512", PNG, () -> AppIcon.png(512, AppIcon.Fill.ROUNDED));
    }

    @GetMapping("/icons/maskable-512.png")
    @ResponseBody
    ResponseEntity<byte[]> maskable512() {
        return icon("maskable-512", PNG, () -> AppIcon.png(512, AppIcon.Fill.MASKABLE));
    }

    /** iOS rounds the corners itself and shows any transparency as black: the square is filled to its edges. */
    @GetMapping("/apple-touch-icon.png")
    @ResponseBody
    ResponseEntity<byte[]> appleTouchIcon() {
        return icon("apple-touch-icon", PNG, () -> AppIcon.png(180, AppIcon.Fill.FULL_BLEED));
    }

    private ResponseEntity<byte[]> icon(String name, MediaType type, Supplier<byte[]> draw) {
        return ResponseEntity.ok().contentType(type).cacheControl(A_DAY).body(drawn.computeIfAbsent(name, any -> draw.get()));
    }
}
