package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A deleted routine's text (handout notes, step notes, session notes) is still in the H2 file's bytes
 * while the app runs, and gone from them once it has stopped gracefully; a routine not deleted keeps
 * its text and reads back after a restart. H2 only: PostgreSQL keeps its own files.
 */
class DeletedTextJarTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");
    private static final List<String> PLACES = List.of("handout", "step", "session");
    /**
     * The default database, but H2's own tidying on close turned off: it compacts for up to 200 ms,
     * which on a file this small happens to clear the deleted text too (not on bigger ones: a 49 MB
     * file kept 16 copies of it). So only the app's compaction can pass this test.
     */
    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:file:./data/unknot;MAX_COMPACT_TIME=0";

    @TempDir
    Path workingDirectory;

    @Test
    void aDeletedRoutinesTextLeavesTheFileAtAGracefulStop() throws Exception {
        assumeFalse(String.valueOf(System.getenv("SPRING_PROFILES_ACTIVE")).contains("postgres"), "the H2 file only");
        Path file = workingDirectory.resolve("data").resolve("unknot.mv.db");
        String deleted;
        String kept;
        try (RunningJar app = RunningJar.start(workingDirectory, "deleted-text", "--logging.level.app.unknot.system.CompactOnStop=info",
                DATABASE)) {
            RestTestClient client = app.client();
            deleted = savedWithNotes(client, "Gonexq");
            kept = savedWithNotes(client, "Keptxq");
            assertThat(client.delete().uri("/api/routines/{id}", deleted).exchange().returnResult(String.class).getStatus().value())
                .isEqualTo(204);
            // What the stop must fix: the deleted text is still in the open file.
            assertThat(markersIn(file, "Gonexq")).as("the deleted routine's text in the file before the stop").isEqualTo(PLACES);

            assertThat(app.stop()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(app.output()).contains("H2 file compacted at stop").doesNotContain(" ERROR ").doesNotContain("not compacted");
        }
        assertThat(markersIn(file, "Gonexq")).as("the deleted routine's text in the file after the stop").isEmpty();
        assertThat(markersIn(file, "Keptxq")).as("the kept routine's text in the file after the stop").hasSize(PLACES.size());

        try (RunningJar restarted = RunningJar.start(workingDirectory, "deleted-text-restart", DATABASE)) {
            RestTestClient client = restarted.client();
            EntityExchangeResult<String> routine = client.get().uri("/api/routines/{id}", kept).exchange().returnResult(String.class);
            assertThat(routine.getStatus().value()).isEqualTo(200);
            assertThat(routine.getResponseBody()).contains(marker("Keptxq", "handout"), marker("Keptxq", "step"));
            assertThat(client.get().uri("/api/routines/{id}/sessions", kept).exchange().returnResult(String.class).getResponseBody())
                .contains(marker("Keptxq", "session"));
            assertThat(client.get().uri("/api/routines/{id}", deleted).exchange().returnResult(String.class).getStatus().value())
                .isEqualTo(404);
        }
    }

    /** A therapist's version of a new routine, with a marker in its handout note, a step note and a session note; answers its id. */
    private static String savedWithNotes(RestTestClient client, String name) {
        String first = id(post(client, "/api/routines", """
            {"areas":["lower-back"],"minutes":15,"performer":"self","painLevel":3}"""));
        String version = id(post(client, "/api/routines/" + first + "/versions", """
            {"steps":[{"technique":"cat-cow","seconds":90,"note":"%s"},{"technique":"self-effleurage","seconds":120}],
             "notes":"%s"}""".formatted(marker(name, "step"), marker(name, "handout"))));
        post(client, "/api/routines/" + version + "/sessions", """
            {"painAfter":2,"note":"%s"}""".formatted(marker(name, "session")));
        return version;
    }

    private static String marker(String name, String place) {
        return name + "-" + place + "-note-7Qw";
    }

    /** The places whose marker is in the file's bytes (H2 writes a string as UTF-8, uncompressed). */
    private static List<String> markersIn(Path file, String name) throws Exception {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return PLACES.stream().filter(place -> bytes.contains(marker(name, place))).toList();
    }

    private static String post(RestTestClient client, String path, String body) {
        EntityExchangeResult<String> answer = client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
            .returnResult(String.class);
        assertThat(answer.getStatus().value()).as(path + ": " + answer.getResponseBody()).isEqualTo(201);
        return answer.getResponseBody();
    }

    private static String id(String answer) {
        Matcher id = ID.matcher(answer);
        assertThat(id.find()).as(answer).isTrue();
        return id.group(1);
    }
}
