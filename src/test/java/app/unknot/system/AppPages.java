package app.unknot.system;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page of the app a person can reach, for the accessibility and HTML checks: one line per
 * page. Two routines are saved through the JSON API first (a lower-back one with two sessions and
 * a red-flag one), so the routine, walkthrough, progress and sheet pages have something to show.
 */
public final class AppPages {

    /** A page to check: what it is, its path, and the status it answers with. */
    public record Page(String name, String path, int status) {

        @Override
        public String toString() {
            return name + " (" + path + ")";
        }
    }

    private static final String LOWER_BACK = """
        {"areas":["lower-back"],"tools":["tennis-ball"],"minutes":15,"performer":"self","conditions":[],
         "affectedAreas":[],"redFlags":[],"painLevel":3,"painWeeks":1,"cancerCleared":false}""";

    private static final String VERSION = """
        {"steps":[{"technique":"%s","seconds":120,"note":"Gently on the <b>left</b> side."}],
         "notes":"Mornings.\\nAnd after long sitting.", "frequency":{"times":2,"per":"day","weeks":4},
         "clientInitials":"AB", "preparedBy":"Jo Smith, Calm Back Clinic"}""";

    private final String routine;
    private final String redFlagRoutine;
    private final String version;
    private final int steps;

    private AppPages(String routine, String redFlagRoutine, String version, int steps) {
        this.routine = routine;
        this.redFlagRoutine = redFlagRoutine;
        this.version = version;
        this.steps = steps;
    }

    /** Saves the two routines in the app this client talks to, two sessions of the first and a therapist's version of it. */
    public static AppPages saveRoutines(RestTestClient client) {
        JsonNode routine = post(client, "/api/routines", LOWER_BACK);
        JsonNode stopped = post(client, "/api/routines", LOWER_BACK.replace("\"redFlags\":[]", "\"redFlags\":[\"fever\"]"));
        String id = routine.get("id").asString();
        String hurt = routine.get("steps").get(0).get("technique").asString();
        post(client, "/api/routines/" + id + "/sessions", "{\"painBefore\":4,\"painAfter\":2,\"note\":\"Easier <b>today</b>.\"}");
        post(client, "/api/routines/" + id + "/sessions", "{\"painBefore\":3,\"painAfter\":6,\"hurt\":[\"" + hurt + "\"]}");
        JsonNode version = post(client, "/api/routines/" + id + "/versions", VERSION.formatted(hurt));
        return new AppPages(id, stopped.get("id").asString(), version.get("id").asString(), routine.get("steps").size());
    }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>(List.of(
            new Page("welcome", "/", 200),
            new Page("catalog", "/techniques", 200),
            new Page("filtered catalog", "/techniques?area=lower-back&kind=stretch", 200),
            new Page("catalog with nothing found", "/techniques?q=nothing-like-this", 200),
            new Page("catalog searched in everyday words, for you alone", "/techniques?q=stiff+neck&by=self", 200),
            new Page("technique", "/techniques/flat-back-90-90", 200),
            new Page("conditions", "/conditions", 200),
            new Page("builder form", "/routines/new", 200),
            new Page("builder form for an area", "/routines/new?area=lower-back", 200),
            new Page("routine", "/routines/" + routine, 200),
            new Page("red-flag stop", "/routines/" + redFlagRoutine, 200)));
        IntStream.rangeClosed(1, steps)
            .forEach(n -> pages.add(new Page("walkthrough step " + n, "/routines/" + routine + "/steps/" + n, 200)));
        pages.addAll(List.of(
            new Page("walkthrough finish, asking how it went", "/routines/" + routine + "/finish?before=4", 200),
            new Page("progress, with its chart", "/routines/" + routine + "/progress", 200),
            new Page("your routines", "/routines", 200),
            new Page("calendar reminder", "/routines/" + routine + "/reminder", 200),
            new Page("calendar reminder with nothing chosen", "/routines/" + routine + "/reminder.ics?time=late", 400),
            new Page("delete, to confirm", "/routines/" + routine + "/delete", 200),
            new Page("sheet", "/routines/" + routine + "/sheet", 200),
            new Page("adjust, for a therapist", "/routines/" + routine + "/adjust", 200),
            new Page("a therapist's version", "/routines/" + version, 200),
            new Page("a therapist's version as a sheet, on Letter", "/routines/" + version + "/sheet?paper=letter", 200),
            new Page("builder form for someone else", "/routines/new?startFrom=" + version, 200),
            new Page("409, adjusting a red-flag routine", "/routines/" + redFlagRoutine + "/adjust", 409),
            new Page("404", "/no/such/page", 404),
            new Page("400", "/techniques?kind=spoon", 400)));
        return pages;
    }

    private static JsonNode post(RestTestClient client, String path, String json) {
        EntityExchangeResult<String> response = client.post().uri(path).contentType(MediaType.APPLICATION_JSON)
            .body(json).exchange().returnResult(String.class);
        if (response.getStatus().value() != 201) {
            throw new IllegalStateException("Saving to " + path + " answered " + response.getStatus() + ": " + response.getResponseBody());
        }
        return JsonMapper.builder().build().readTree(response.getResponseBody());
    }
}
