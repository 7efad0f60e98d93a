package app.unknot.routine.web;

import static app.unknot.routine.RoutineFixtures.ID;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.unknot.catalog.Performer;
import app.unknot.routine.RoutineFixtures;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.SafetyAnswers;
import app.unknot.system.NotFoundException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(RoutineApiController.class)
class RoutineApiControllerTests extends RoutineSliceTest {

    static final String VALID = """
        {"areas":["lower-back"], "tools":["foam-roller"], "minutes":15, "performer":"partner",
         "conditions":["blood-thinners"], "affectedAreas":[], "redFlags":[], "painLevel":3, "painWeeks":1,
         "cancerCleared":false}""";

    @Autowired
    MockMvc mvc;

    ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/api/routines").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void createsARoutineAnswering201WithItsLocation() throws Exception {
        given(routines.create(eq(new RoutineRequest(List.of("lower-back"), Set.of("foam-roller"), 15, Performer.PARTNER, new SafetyAnswers(Set.of("blood-thinners"), Set.of(), Set.of(), 3, 1, false))), any()))
            .willReturn(RoutineFixtures.partnerLowerBack());

        postJson(VALID)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/routines/" + ID))
            .andExpect(jsonPath("$.id").value(ID))
            .andExpect(jsonPath("$.status").value("caution"))
            .andExpect(jsonPath("$.totalSeconds").value(450))
            .andExpect(jsonPath("$.steps[0].order").value(1))
            .andExpect(jsonPath("$.steps[0].phase").value("massage"))
            .andExpect(jsonPath("$.steps[0].technique").value("spine-sacrum-circular-kneading"))
            .andExpect(jsonPath("$.steps[0].performer").value("partner"))
            .andExpect(jsonPath("$.steps[0].pressure").value("light"))
            .andExpect(jsonPath("$.steps[0].posture").value("lying-on-front"))
            .andExpect(jsonPath("$.steps[0].instructions[0]").value("Kneel beside them."))
            .andExpect(jsonPath("$.steps[0].reason").value("Works the muscles of your lower back."))
            .andExpect(jsonPath("$.steps[1].sides").value(2))
            .andExpect(jsonPath("$.excluded[0].technique").value("petrissage"))
            .andExpect(jsonPath("$.excluded[0].rule").value("blood-thinners"))
            .andExpect(jsonPath("$.advice", contains("Taking blood thinners: keep the pressure light.")));
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws Exception {
        given(routines.create(any(), any())).willReturn(RoutineFixtures.partnerLowerBack());

        postJson("""
            {"areas":["lower-back"], "minutes":10, "performer":"self", "painLevel":2}""")
            .andExpect(status().isCreated());
        then(routines).should().create(eq(new RoutineRequest(List.of("lower-back"), Set.of(), 10, Performer.SELF,
            new SafetyAnswers(Set.of(), Set.of(), Set.of(), 2, 0, false))), any());
    }

    @Test
    void redFlagRoutineSaysStopAndHowUrgently() throws Exception {
        given(routines.create(any(), any())).willReturn(RoutineFixtures.stopped());

        postJson(VALID.replace("\"redFlags\":[]", "\"redFlags\":[\"saddle-numbness\",\"fever\"]"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("stop"))
            .andExpect(jsonPath("$.urgency").value("emergency"))
            .andExpect(jsonPath("$.steps").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no areas|\"areas\":[\"lower-back\"]|\"areas\":[]|areas",
        "minutes too low|\"minutes\":15|\"minutes\":4|minutes",
        "minutes too high|\"minutes\":15|\"minutes\":61|minutes",
        "minutes missing|\"minutes\":15,|''|minutes",
        "minutes a string|\"minutes\":15|\"minutes\":\"soon\"|minutes",
        "minutes a fraction|\"minutes\":15|\"minutes\":15.5|minutes",
        "pain above 10|\"painLevel\":3|\"painLevel\":11|painLevel",
        "pain below 0|\"painLevel\":3|\"painLevel\":-1|painLevel",
        "pain missing|\"painLevel\":3,|''|painLevel",
        "performer unknown|\"performer\":\"partner\"|\"performer\":\"robot\"|performer",
        "areas not a list|\"areas\":[\"lower-back\"]|\"areas\":\"lower-back\"|areas",
        "area not a string|\"areas\":[\"lower-back\"]|\"areas\":[{}]|areas",
        "blank area|\"areas\":[\"lower-back\"]|\"areas\":[\" \"]|areas",
        "weeks negative|\"painWeeks\":1|\"painWeeks\":-3|painWeeks",
        "cleared not a boolean|\"cancerCleared\":false|\"cancerCleared\":\"maybe\"|cancerCleared",
    })
    void invalidInputIsA400ProblemNamingTheField(String name, String from, String to, String field) throws Exception {
        postJson(VALID.replace(from, to))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.parameter").value(field));
        then(routines).should(never()).create(any(), any());
    }

    @Test
    void tooManyItemsIsRefused() throws Exception {
        String many = "\"x\",".repeat(500) + "\"x\"";
        postJson(VALID.replace("\"tools\":[\"foam-roller\"]", "\"tools\":[" + many + "]"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("tools"));
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        postJson("areas=lower-back")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.parameter").value("body"));
    }

    @Test
    void catalogProblemIsA400NamingTheField() throws Exception {
        postJson(VALID.replace("blood-thinners", "gout"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("conditions"))
            .andExpect(jsonPath("$.detail").value("conditions: Choose conditions from the list."));
        then(routines).should(never()).create(any(), any());
    }

    @Test
    void readsASavedRoutine() throws Exception {
        given(routines.view(eq(ID), any())).willReturn(RoutineFixtures.partnerLowerBack());
        mvc.perform(get("/api/routines/" + ID))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(ID))
            .andExpect(jsonPath("$.steps[1].technique").value("supine-twist"));
    }

    @Test
    void aStepARuleAddedSinceLeavesOutIsNamedAtTheTopAndAtTheStep() throws Exception {
        given(routines.view(eq(ID), any())).willReturn(RoutineFixtures.lowerBackWithAStepLeftOut());
        mvc.perform(get("/api/routines/" + ID))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.leaveOut", contains(2)))
            .andExpect(jsonPath("$.steps[0].leaveOut").doesNotExist())
            .andExpect(jsonPath("$.steps[1].leaveOut.rule").value("blood-thinners"))
            .andExpect(jsonPath("$.steps[1].leaveOut.reason").value("No balls on the back any more."));
    }

    @Test
    void unknownRoutineIsA404Problem() throws Exception {
        given(routines.view(eq("nope"), any())).willThrow(new NotFoundException("routine"));
        mvc.perform(get("/api/routines/nope"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
