package app.unknot.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service worker that keeps the routines a browser opened for playing offline ({@code offline/sw.js}).
 * It is served from the root, so its scope is the whole site, and with {@code no-cache}, so the browser
 * asks for it on every visit and notices a new release at once. Its caches are named after the release:
 * a hash of the app's version, the worker itself and every file a page is made of (stylesheets,
 * scripts, templates, messages and the catalog's content), unless {@code unknot.offline.release}
 * names one. When the release changes, the script's text changes with it,
 * the browser installs it, and the new worker deletes the caches of the old one.
 */
@RestController
class ServiceWorkerScript {

    private static final String RELEASE_MARK = "@RELEASE@";
    private static final Pattern NAMED_RELEASE = Pattern.compile("[A-Za-z0-9._]{1,40}");
    /** What a kept page is made of: a release that changes any of it replaces the kept pages too. */
    private static final List<String> SHAPING_PAGES = List.of("static", "templates", "messages", "catalog");

    private final String script;

    ServiceWorkerScript(@Value("${unknot.offline.release:}") String release) throws IOException {
        var files = new PathMatchingResourcePatternResolver();
        String source = files.getResource("classpath:/offline/sw.js").getContentAsString(StandardCharsets.UTF_8);
        if (!release.isBlank() && !NAMED_RELEASE.matcher(release).matches()) {
            // The worker reads the release back out of its caches' names, which a hyphen splits.
            throw new IllegalArgumentException("unknot.offline.release takes letters, digits, dots and underscores only");
        }
        this.script = source.replace(RELEASE_MARK, release.isBlank() ? release(files, source) : release);
    }

    @GetMapping(path = "/sw.js", produces = "text/javascript")
    ResponseEntity<String> script() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
            .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8)).body(script);
    }

    private static String release(PathMatchingResourcePatternResolver files, String source) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        String version = ServiceWorkerScript.class.getPackage().getImplementationVersion();
        digest.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
        digest.update(source.getBytes(StandardCharsets.UTF_8));
        for (String folder : SHAPING_PAGES) {
            Resource[] shaping = files.getResources("classpath:/" + folder + "/**/*.*");
            // In a stable order, whatever order the class path lists them in.
            Arrays.sort(shaping, Comparator.comparing(file -> pathOf(file, folder)));
            for (Resource file : shaping) {
                if (file.isReadable()) {
                    digest.update(pathOf(file, folder).getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = file.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static String pathOf(Resource file, String folder) {
        try {
            String url = file.getURL().toString();
            return url.substring(url.lastIndexOf("/" + folder + "/"));
        }
        catch (IOException unreadable) {
            return String.valueOf(file.getFilename());
        }
    }
}
