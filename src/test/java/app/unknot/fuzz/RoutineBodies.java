package app.unknot.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A valid routine request, the starting point every generated body mutates. */
final class RoutineBodies {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private RoutineBodies() {
    }

    static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("areas", List.of("lower-back"));
        body.put("tools", List.of("tennis-ball"));
        body.put("minutes", 15);
        body.put("performer", "self");
        body.put("conditions", List.of());
        body.put("affectedAreas", List.of());
        body.put("redFlags", List.of());
        body.put("painLevel", 3);
        body.put("painWeeks", 1);
        body.put("cancerCleared", false);
        return body;
    }

    /** Saves the valid routine and answers its id. */
    static String save(MockMvc mvc) throws Exception {
        String answer = mvc.perform(post("/api/routines").contentType(MediaType.APPLICATION_JSON)
            .content(JSON.writeValueAsString(valid()))).andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer).get("id").asString();
    }
}
