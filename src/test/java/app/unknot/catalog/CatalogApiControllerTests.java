package app.unknot.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CatalogApiController.class)
class CatalogApiControllerTests extends CatalogSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void bodyAreas() throws Exception {
        mvc.perform(get("/api/body-areas"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$[0].slug").value("lower-back"))
            .andExpect(jsonPath("$[0].name").value("Lower back"));
    }

    @Test
    void tools() throws Exception {
        mvc.perform(get("/api/tools"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].slug").value("couch"))
            .andExpect(jsonPath("$[0].alwaysAvailable").value(true));
    }

    @Test
    void conditions() throws Exception {
        mvc.perform(get("/api/conditions"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].slug").value("dvt"))
            .andExpect(jsonPath("$[0].name").value("Deep vein thrombosis"));
    }

    @Test
    void redFlagsCarryTheirUrgency() throws Exception {
        mvc.perform(get("/api/red-flags"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].slug", contains("chest-pain", "fever")))
            .andExpect(jsonPath("$[*].urgency", contains("emergency", "urgent")));
    }

    @Test
    void techniquesAsSlugs() throws Exception {
        mvc.perform(get("/api/techniques").param("area", "lower-back").param("kind", "stretch"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].slug").value("flat-back-90-90"))
            .andExpect(jsonPath("$[0].kind").value("stretch"))
            .andExpect(jsonPath("$[0].areas", contains("lower-back")))
            .andExpect(jsonPath("$[0].tools", contains("couch")))
            .andExpect(jsonPath("$[0].pressure").value("light"))
            .andExpect(jsonPath("$[0].performer").value("any"))
            .andExpect(jsonPath("$[0].posture").value("lying-on-back"))
            .andExpect(jsonPath("$[0].seconds").value(150));
    }

    @ParameterizedTest(name = "q={0} by={1}: {2}")
    @CsvSource({"sciatica, , 1", "desk back, self, 1", "sciatica, partner, 0", ", partner, 0", "elbow, , 0"})
    void searchesKeywordsAndWhoDoesIt(String q, String by, int found) throws Exception {
        var request = get("/api/techniques");
        if (q != null) {
            request.param("q", q);
        }
        if (by != null) {
            request.param("by", by);
        }
        mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(header().string("X-Total-Count", String.valueOf(found)))
            .andExpect(jsonPath("$", hasSize(found)));
    }

    @Test
    void oneTechniqueWithInstructionsAndCautions() throws Exception {
        mvc.perform(get("/api/techniques/flat-back-90-90"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.slug").value("flat-back-90-90"))
            .andExpect(jsonPath("$.instructions", contains("Lie down.", "Calves on the couch.", "Breathe.")))
            .andExpect(jsonPath("$.cautions", contains("Tender is fine, hurting is not.")))
            .andExpect(jsonPath("$.sides").value(1))
            .andExpect(jsonPath("$.ruledOutBy[0].condition").value("pregnancy"));
    }

    @Test
    void unknownTechniqueIsA404Problem() throws Exception {
        mvc.perform(get("/api/techniques/no-such-technique"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.detail").value("There is no technique at this address."));
    }

    @ParameterizedTest(name = "{0}={1} is a 400 problem")
    @CsvSource({"area, elbow", "tool, chainsaw", "kind, yoga", "by, any", "by, robot"})
    void unknownFilterValueIsA400ProblemNamingTheParameter(String parameter, String value) throws Exception {
        mvc.perform(get("/api/techniques").param(parameter, value))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.parameter").value(parameter));
    }

    @Test
    void aPagePastTheEndIsEmpty() throws Exception {
        mvc.perform(get("/api/techniques").param("page", "2"))
            .andExpect(status().isOk())
            .andExpect(header().string("X-Total-Count", "1"))
            .andExpect(jsonPath("$", hasSize(0)));
    }
}
