package app.unknot.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.unknot.CookieJar;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Two instances of the packaged app on one PostgreSQL database, every request alternating between
 * them as a load balancer without sticky sessions would: a routine built on one is shown, walked
 * through and printed on the other, form errors and the saved message included. Runs with the
 * postgres profile (as CI's second run does); the embedded H2 file belongs to one process.
 */
class TwoInstancesJarTests {

    @TempDir
    static Path workingDirectory;

    static RunningJar first;
    static RunningJar second;
    static List<RestTestClient> instances;

    private int next;
    private final List<String> unexpected = new ArrayList<>();

    @BeforeAll
    static void startTwo() throws Exception {
        assumeTrue(String.valueOf(System.getenv("SPRING_PROFILES_ACTIVE")).contains("postgres"),
            "Two instances need a shared database: this runs with SPRING_PROFILES_ACTIVE=postgres");
        first = RunningJar.start(workingDirectory, "instance-1");
        second = RunningJar.start(workingDirectory, "instance-2");
        instances = List.of(first.client(), second.client());
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    /** The next instance in turn. */
    private RestTestClient anyInstance() {
        return instances.get(next++ % instances.size());
    }

    private EntityExchangeResult<String> expect(int status, EntityExchangeResult<String> answer) {
        if (answer.getStatus().value() != status) {
            unexpected.add(answer.getMethod() + " " + answer.getUrl() + " answered " + answer.getStatus() + ", not " + status);
        }
        return answer;
    }

    @Test
    void everyRequestCanGoToEitherInstance() {
        var cookies = new CookieJar();
        expect(200, anyInstance().get().uri("/routines/new").exchange().returnResult(String.class));
        var refused = expect(400, anyInstance().post().uri("/routines").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("areas=lower-back&minutes=90&performer=self&painLevel=3&painWeeks=1").exchange().returnResult(String.class));
        assertThat(refused.getResponseBody()).contains("Choose at most 60 minutes.");

        var saved = expect(302, anyInstance().post().uri("/routines").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("areas=lower-back&areas=glutes&minutes=15&performer=partner&painLevel=3&painWeeks=1")
            .exchange().returnResult(String.class));
        String routine = URI.create(saved.getResponseHeaders().getFirst("Location")).getPath();
        var shown = expect(200, anyInstance().get().uri(routine).header("Cookie", cookies.after(saved).header())
            .exchange().returnResult(String.class));
        assertThat(shown.getResponseBody()).contains("Your routine is saved");
        var again = expect(200, anyInstance().get().uri(routine).header("Cookie", cookies.after(shown).header())
            .exchange().returnResult(String.class));
        assertThat(again.getResponseBody()).doesNotContain("Your routine is saved");

        String api = expect(200, anyInstance().get().uri("/api" + routine).exchange().returnResult(String.class))
            .getResponseBody();
        int steps = api.split("\"order\":").length - 1;
        assertThat(steps).isGreaterThan(2);
        for (int n = 1; n <= steps; n++) {
            expect(200, anyInstance().get().uri(routine + "/steps/" + n).exchange().returnResult(String.class));
        }
        expect(200, anyInstance().get().uri(routine + "/finish").exchange().returnResult(String.class));
        expect(200, anyInstance().get().uri(routine + "/sheet").exchange().returnResult(String.class));
        var pdf = anyInstance().get().uri(routine + "/sheet.pdf").exchange().returnResult(byte[].class);
        assertThat(pdf.getStatus().value()).isEqualTo(200);
        assertThat(new String(pdf.getResponseBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(anyInstance().get().uri("/api" + routine).exchange().returnResult(String.class).getResponseBody())
            .as("both instances answer the same routine").isEqualTo(api);

        var built = expect(201, anyInstance().post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .body("{\"areas\":[\"neck\"],\"minutes\":10,\"performer\":\"self\",\"painLevel\":2}").exchange()
            .returnResult(String.class));
        String location = built.getResponseHeaders().getFirst("Location");
        assertThat(expect(200, anyInstance().get().uri("/api" + location).exchange().returnResult(String.class))
            .getResponseBody()).isEqualTo(built.getResponseBody());

        // A session logged on one is on the other's progress page; deleted on one, the routine is gone
        // from both, the pages each kept in memory included.
        var logged = expect(302, anyInstance().post().uri(routine + "/sessions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("painBefore=5&painAfter=3&note=Looser").exchange().returnResult(String.class));
        var finish = expect(200, anyInstance().get().uri(routine + "/finish").header("Cookie", cookies.after(logged).header())
            .exchange().returnResult(String.class));
        assertThat(finish.getResponseBody()).contains("Saved: how it went");
        assertThat(expect(200, anyInstance().get().uri(routine + "/progress").exchange().returnResult(String.class))
            .getResponseBody()).contains("Looser");
        expect(204, anyInstance().delete().uri("/api" + routine).exchange().returnResult(String.class));
        for (int i = 0; i < 2; i++) {
            expect(404, anyInstance().get().uri(routine + "/sheet").exchange().returnResult(String.class));
            expect(404, anyInstance().get().uri(routine + "/steps/1").exchange().returnResult(String.class));
        }

        assertThat(unexpected).as("answers that were not what one instance alone would give").isEmpty();
    }
}
