package app.unknot.system.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest that lets a browser install Unknot, one per language with the language in its
 * address: a browser fetches a manifest without cookies, so a single address could not follow the
 * visitor's choice, and the installed app's name and description should read in the language it was
 * installed from. Every language's manifest has the same {@code id}, so they describe one app. Its
 * addresses are relative to the manifest's, which sits at the root, so they hold under a context path.
 */
@RestController
class ManifestController {

    static final MediaType MANIFEST = MediaType.valueOf("application/manifest+json");

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final MessageSource messages;

    ManifestController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/manifest-{language}.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(@PathVariable String language) {
        if (!Languages.speaks(language)) {
            return ResponseEntity.notFound().build();
        }
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "./");
        manifest.put("name", messages.getMessage("manifest.name", null, locale));
        manifest.put("short_name", messages.getMessage("app.name", null, locale));
        manifest.put("description", messages.getMessage("manifest.description", null, locale));
        manifest.put("lang", language);
        manifest.put("dir", "ltr");
        manifest.put("start_url", "./");
        manifest.put("scope", "./");
        manifest.put("display", "standalone");
        manifest.put("background_color", AppIcon.PAPER);
        manifest.put("theme_color", AppIcon.ACCENT);
        manifest.put("icons", List.of(
            icon("icons/icon-192.png", "192x192", "image/png", "any"),
            icon("icons/icon-512.png", "512x512", "image/png", "any"),
            icon("icons/maskable-512.png", "512x512", "image/png", "maskable"),
            icon("icon.svg", "any", "image/svg+xml", "any")));
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(A_DAY).body(manifest);
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", type, "purpose", purpose);
    }
}
