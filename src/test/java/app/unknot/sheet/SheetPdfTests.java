package app.unknot.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.RestTestClients;
import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.routine.StepView;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Real routines from the real catalog, built through the JSON API and downloaded as PDF over HTTP.
 * Each PDF is also saved under target/sheets/ to look at.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
@Import(RestTestClients.class)
class SheetPdfTests {

    private static final Pattern WORKED = Pattern.compile("0\\.6588 0\\.2118 0\\.0392 sc");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]{22})\"");

    @LocalServerPort
    int port;
    @Autowired
    RestTestClient client;

    @Autowired
    RoutineService routines;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lower-back-self|2|{'areas': ['lower-back'], 'minutes': 15, 'performer': 'self', 'painLevel': 3}",
        "lower-back-partner|2|{'areas': ['lower-back'], 'minutes': 15, 'performer': 'partner', 'painLevel': 3}",
        // Nine short steps and every tool: the longest 15-minute sheet the catalog makes. With a picture
        // per step its footer runs onto a third page: a step is never split across two.
        "back-and-shoulders-all-tools|3|{'areas': ['lower-back', 'upper-back', 'shoulders'], 'minutes': 15, 'performer': 'self', "
            + "'painLevel': 3, 'tools': ['foam-roller', 'tennis-ball', 'massage-gun', 'lotion']}",
    })
    void fifteenMinuteRoutineFitsItsPagesWithEveryStepAndItsPicture(String name, int pages, String request) throws Exception {
        String id = createRoutine(request.replace('\'', '"'));
        RoutineView routine = routines.view(id, Locale.ENGLISH);
        assertThat(routine.steps()).hasSizeGreaterThanOrEqualTo(3);

        for (String paper : List.of("a4", "letter")) {
            EntityExchangeResult<byte[]> response = client.get().uri("/routines/" + id + "/sheet.pdf?paper=" + paper)
                .header("Accept-Language", "en").exchange().returnResult(byte[].class);
            assertFits(name + "-" + paper, pages, response, routine, id);
        }
    }

    private void assertFits(String name, int pages, EntityExchangeResult<byte[]> response, RoutineView routine, String id)
            throws Exception {
        assertThat(response.getStatus().value()).isEqualTo(200);
        assertThat(response.getResponseHeaders().getFirst("Content-Type")).isEqualTo("application/pdf");
        save(name, response.getResponseBody());
        try (PDDocument pdf = Loader.loadPDF(response.getResponseBody())) {
            assertThat(pdf.getNumberOfPages()).as(name).isBetween(1, pages);
            String text = PdfText.of(pdf);
            for (StepView step : routine.steps()) {
                assertThat(text).contains(step.technique().name());
            }
            assertThat(text).contains("When to stop and get help");
            String routineUrl = "http://localhost:" + port + "/routines/" + id + "?lang=en";
            assertThat(PdfText.squeezed(pdf)).contains(routineUrl);
            assertThat(PdfText.links(pdf)).containsExactly(routineUrl);
            assertThat(pictures(pdf)).as("steps with their picture").isEqualTo(routine.steps().size());
        }
    }

    /**
     * The technique pictures drawn on the sheet: Batik draws each as vector shapes in a form XObject,
     * and each has a worked area in its colour ({@code Figure.WORKED}, #a8360a).
     */
    private static int pictures(PDDocument pdf) throws Exception {
        int found = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    try (InputStream contents = form.getContentStream().createInputStream()) {
                        found += WORKED.matcher(new String(contents.readAllBytes(), StandardCharsets.ISO_8859_1)).find() ? 1 : 0;
                    }
                }
            }
        }
        return found;
    }

    private String createRoutine(String json) {
        EntityExchangeResult<String> created = client.post().uri("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en").body(json).exchange().returnResult(String.class);
        assertThat(created.getStatus().value()).as(created.getResponseBody()).isEqualTo(201);
        Matcher id = ID.matcher(created.getResponseBody());
        assertThat(id.find()).as(created.getResponseBody()).isTrue();
        return id.group(1);
    }

    private static void save(String name, byte[] pdf) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "sheets"));
        Files.write(dir.resolve(name + ".pdf"), pdf);
    }
}
