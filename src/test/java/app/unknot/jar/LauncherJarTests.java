package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/unknot} starts the packaged jar from a start-up cache it makes once (an AOT cache on
 * JDK 25 or newer, a class-data sharing archive before), keeps beside the jar and makes again for
 * another jar, with Spring's ahead-of-time code the build put in the jar. The jar is copied to a
 * folder of its own, so the test sees its first start. Tagged, so CI's PostgreSQL run can leave out
 * what does not depend on the database.
 */
@Tag("launcher")
class LauncherJarTests {

    private static final String MAKING = "making the start-up cache";
    private static final String FAILED = "training run failed";

    @TempDir
    Path folder;

    @Test
    void theFirstStartMakesTheCacheTheNextUseItAndAnotherJarMakesItAgainOnceForTwoStarts() throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty("unknot.jar", "target/unknot-0.1.0-SNAPSHOT.jar")),
            folder.resolve("unknot-0.1.0-SNAPSHOT.jar"));
        Path run = folder.resolve("unknot-run");
        Path workingDirectory = Files.createDirectory(folder.resolve("work"));

        // Started on a port of its own, as a person would start it: the training run must not take it too.
        try (RunningJar first = RunningJar.launch(jar, workingDirectory, "launcher-first")) {
            assertThat(first.output()).contains(MAKING).doesNotContain(FAILED);
            assertThat(first.stop()).isIn(0, 143);
        }
        assertThat(Files.exists(run.resolve("unknot.aot")) || Files.exists(run.resolve("unknot.jsa")))
            .as("a cache beside the jar").isTrue();

        try (RunningJar second = RunningJar.launch(jar, workingDirectory, "launcher-second")) {
            assertThat(second.output()).doesNotContain(MAKING).doesNotContain(FAILED);
            assertThat(second.jvmArguments())
                .contains("-Xmx256m", "-XX:+UseG1GC", "-XX:GCTimeRatio=4", "-Dspring.aot.enabled=true")
                .anyMatch(argument -> argument.startsWith("-XX:AOTCache=") || argument.startsWith("-XX:SharedArchiveFile="));
            assertThat(second.stop()).isIn(0, 143);
        }

        // The stamp names the jar the cache was made for: another jar's stamp means a new cache. Two
        // instances started at once after a deploy: one makes it, the other waits and starts from it.
        Files.writeString(run.resolve("stamp"), "another jar");
        Path otherDirectory = Files.createDirectory(folder.resolve("other"));
        CompletableFuture<RunningJar> starting = CompletableFuture.supplyAsync(() -> launch(jar, otherDirectory, "launcher-fourth"));
        try (RunningJar third = RunningJar.launch(jar, workingDirectory, "launcher-third");
             RunningJar fourth = starting.join()) {
            assertThat(List.of(third.output(), fourth.output())).filteredOn(output -> output.contains(MAKING)).hasSize(1);
            assertThat(third.output() + fourth.output()).doesNotContain(FAILED);
        }
        finally {
            // Had the third failed to start, the fourth is not left running (closing twice does no harm).
            RunningJar fourth = starting.exceptionally(failure -> null).join();
            if (fourth != null) {
                fourth.close();
            }
        }
    }

    private static RunningJar launch(Path jar, Path workingDirectory, String name) {
        try {
            return RunningJar.launch(jar, workingDirectory, name);
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
