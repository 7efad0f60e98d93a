package app.unknot.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.CatalogFixture;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(CatalogApiController.class)
class CatalogApiControllerTests extends CatalogSliceTest {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

    @Autowired
    MockMvc mvc;

    /** The Link header's addresses by their relation. */
    static Map<String, String> links(ResultActions result) {
        return LINK.matcher(result.andReturn().getResponse().getHeader("Link")).results()
            .collect(Collectors.toMap(link -> link.group(2), link -> link.group(1)));
    }

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
    void redFlagsCarryTheirUrgencyAreasAdviceAndSources() throws Exception {
        mvc.perform(get("/api/red-flags"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].slug", contains("chest-pain", "fever", "sudden-severe-headache")))
            .andExpect(jsonPath("$[*].urgency", contains("emergency", "urgent", "emergency")))
            .andExpect(jsonPath("$[2].areas", contains("head")))
            .andExpect(jsonPath("$[2].advice").value("Call 999."))
            .andExpect(jsonPath("$[2].sources", contains("NHS, \"Headaches\"")));
    }

    /** What the form asks of someone who names these areas: the general signs, and those about one of them. */
    @ParameterizedTest(name = "area={0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "lower-back      | chest-pain fever",
        "head            | chest-pain fever sudden-severe-headache",
        "lower-back,head | chest-pain fever sudden-severe-headache"})
    void redFlagsForTheAreasAPersonNames(String areas, String asked) throws Exception {
        var request = get("/api/red-flags");
        for (String area : areas.split(",")) {
            request.param("area", area);
        }
        mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].slug", contains(asked.split(" "))));
    }

    @Test
    void redFlagsForAnAreaTheCatalogDoesNotHaveAreRefused() throws Exception {
        mvc.perform(get("/api/red-flags").param("area", "elbows"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.parameter").value("area"));
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
    void aPagePastTheEndIsEmptyAndLinksBackToTheLast() throws Exception {
        var result = mvc.perform(get("/api/techniques").param("page", "2"))
            .andExpect(status().isOk())
            .andExpect(header().string("X-Total-Count", "1"))
            .andExpect(jsonPath("$", hasSize(0)));

        assertThat(links(result)).containsExactlyInAnyOrderEntriesOf(
            Map.of("first", "/api/techniques", "prev", "/api/techniques", "last", "/api/techniques"));
    }

    /** 120 massages for the neck, done on your own, and ten stretches for the feet: three pages, or one. */
    @Nested
    class Pages {

        @TestBean
        Catalog catalog;

        @Autowired
        MockMvc mvc;

        static Catalog catalog() {
            return CatalogFixture.catalog(Stream.concat(
                IntStream.rangeClosed(1, 120).mapToObj(n -> CatalogFixture.massage("massage-" + n).areas("neck").build()),
                IntStream.rangeClosed(1, 10).mapToObj(n -> CatalogFixture.stretch("stretch-" + n).areas("feet").build()))
                .toList(), List.of());
        }

        @ParameterizedTest(name = "page {0}: {1} shown")
        @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1    | 50 | -       | &page=2",
            "2    | 50 | ''      | &page=3",
            "3    | 20 | &page=2 | -",
            "4    | 0  | &page=3 | -",
            "9999 | 0  | &page=3 | -"})
        void pagesLinkToTheirNeighboursWithTheSameFilters(String page, int shown, String prev, String next) throws Exception {
            String filtered = "/api/techniques?q=neck+massage&area=neck&by=self";
            var result = mvc.perform(get("/api/techniques").param("area", "neck").param("by", "self")
                    .param("q", "neck massage").param("page", page))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "120"))
                .andExpect(jsonPath("$", hasSize(shown)));

            Map<String, String> links = links(result);
            assertThat(links).containsEntry("first", filtered).containsEntry("last", filtered + "&page=3");
            assertThat(links.get("prev")).isEqualTo(prev == null ? null : filtered + prev);
            assertThat(links.get("next")).isEqualTo(next == null ? null : filtered + next);
        }

        @Test
        void followingNextUntilThereIsNoneVisitsEveryTechniqueOnce() throws Exception {
            List<String> visited = new ArrayList<>();
            String next = "/api/techniques?area=neck&by=self";
            for (int followed = 0; next != null; followed++) {
                assertThat(followed).as("pages followed").isLessThan(3);
                var result = mvc.perform(get(URI.create(next))).andExpect(status().isOk());
                visited.addAll(JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$[*].slug"));
                next = links(result).get("next");
            }
            assertThat(visited).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 120).mapToObj(n -> "massage-" + n).toList());
        }

        @Test
        void oneFilteredPageLinksOnlyToItself() throws Exception {
            var result = mvc.perform(get("/api/techniques").param("area", "feet").param("kind", "stretch"))
                .andExpect(header().string("X-Total-Count", "10"));

            String filtered = "/api/techniques?area=feet&kind=stretch";
            assertThat(links(result)).containsExactlyInAnyOrderEntriesOf(Map.of("first", filtered, "last", filtered));
        }
    }
}
