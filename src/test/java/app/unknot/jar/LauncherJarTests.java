package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/unknot} starts the packaged jar from a start-up cache it makes once (an AOT cache on
 * JDK 25 or newer, a class-data sharing archive before), keeps beside the jar and makes again for
 * another jar. The jar is copied to a folder of its own, so the test sees its first start.
 */
class LauncherJarTests {

    private static final String MAKING = "making the start-up cache";

    @TempDir
    Path folder;

    @Test
    void theFirstStartMakesTheCacheTheNextUseItAndAnotherJarMakesItAgain() throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty("unknot.jar", "target/unknot-0.1.0-SNAPSHOT.jar")),
            folder.resolve("unknot-0.1.0-SNAPSHOT.jar"));
        Path run = folder.resolve("unknot-run");
        Path workingDirectory = Files.createDirectory(folder.resolve("work"));

        try (RunningJar first = RunningJar.launch(jar, workingDirectory, "launcher-first")) {
            assertThat(first.output()).contains(MAKING);
            assertThat(first.stop()).isIn(0, 143);
        }
        assertThat(Files.exists(run.resolve("unknot.aot")) || Files.exists(run.resolve("unknot.jsa")))
            .as("a cache beside the jar").isTrue();

        try (RunningJar second = RunningJar.launch(jar, workingDirectory, "launcher-second")) {
            assertThat(second.output()).doesNotContain(MAKING).doesNotContain("starting without");
            assertThat(second.stop()).isIn(0, 143);
        }

        // The stamp names the jar the cache was made for: another jar's stamp means a new cache.
        Files.writeString(run.resolve("stamp"), "another jar");
        try (RunningJar third = RunningJar.launch(jar, workingDirectory, "launcher-third")) {
            assertThat(third.output()).contains(MAKING);
        }
    }
}
