package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar holds Spring's ahead-of-time code, which {@code bin/unknot} starts with, and that
 * code chooses no profile: a build run with {@code SPRING_PROFILES_ACTIVE} (as CI's PostgreSQL run is)
 * would otherwise make every start of the jar use the build's profile, whatever the server is given.
 */
class GeneratedCodeJarTests {

    @Test
    void theJarHasTheGeneratedContextAndNoProfileBuiltIn() throws Exception {
        Path jar = Path.of(System.getProperty("unknot.jar", "target/unknot-0.1.0-SNAPSHOT.jar"));
        List<String> names;
        try (var zip = new ZipFile(jar.toFile())) {
            names = zip.stream().map(ZipEntry::getName).toList();
        }
        assertThat(names).contains("BOOT-INF/classes/app/unknot/UnknotApplication__ApplicationContextInitializer.class")
            .noneMatch(name -> name.endsWith("__EnvironmentPostProcessor.class"));
    }
}
