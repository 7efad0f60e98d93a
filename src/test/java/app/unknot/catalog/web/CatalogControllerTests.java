package app.unknot.catalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.unknot.catalog.Performer;
import app.unknot.catalog.TechniqueFilter;
import app.unknot.catalog.TechniqueKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CatalogController.class)
class CatalogControllerTests extends CatalogSliceTest {

    @Autowired
    MockMvc mvc;

    @Nested
    class TechniqueList {

        @Test
        void foldsTheFiltersBehindOneControlThatSaysHowManyAreSet() throws Exception {
            mvc.perform(get("/techniques"))
                .andExpect(content().string(containsString("<summary id=\"filter-summary\" data-live>Filter</summary>")));
            mvc.perform(get("/techniques").param("area", "lower-back").param("kind", "stretch").param("q", "back"))
                .andExpect(content().string(containsString("<summary id=\"filter-summary\" data-live>Filter (2 set)</summary>")));
        }

        @Test
        void listsTechniquesWithTheFilterForm() throws Exception {
            mvc.perform(get("/techniques"))
                .andExpect(status().isOk())
                .andExpect(view().name("catalog/techniqueList"))
                .andExpect(content().string(containsString("Flat back (90/90)")))
                .andExpect(content().string(containsString("href=\"/techniques/flat-back-90-90\"")))
                .andExpect(content().string(containsString("<label for=\"area\">")))
                .andExpect(content().string(containsString("1 technique found")))
                .andExpect(content().string(containsString("<span>On your own</span>")))
                .andExpect(content().string(containsString("<button type=\"submit\">Show techniques</button>")))
                .andExpect(content().string(containsString("/js/catalog")))
                .andExpect(content().string(containsString("href=\"/techniques?area=lower-back\" class=\"region\" data-area=\"lower-back\"")))
                .andExpect(content().string(containsString("<img class=\"picture picture-tile\"")))
                .andExpect(content().string(containsString("src=\"/techniques/flat-back-90-90/picture.svg\"")))
                .andExpect(content().string(containsString("alt=\"Lying on the back on the floor, lower legs resting on a couch")));
        }

        @Test
        void anEmptyResultSaysWhatToTryInstead() throws Exception {
            mvc.perform(get("/techniques").param("q", "elbow"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing found for &quot;elbow&quot;. Try fewer words")))
                .andExpect(content().string(containsString(">See every technique</a>")));
            mvc.perform(get("/techniques").param("q", "couch").param("kind", "massage"))
                .andExpect(content().string(containsString("Nothing matches all of these filters. Try removing one.")));
            mvc.perform(get("/techniques").param("q", "sciatica").param("by", "partner"))
                .andExpect(content().string(containsString("Nothing matches all of these filters. Try removing one.")));
        }

        @ParameterizedTest(name = "q={0}")
        @ValueSource(strings = {"sciatica", "Desk backs", "my sore back", "flat"})
        void searchFindsTheKeywordsKeptWithTheContent(String q) throws Exception {
            mvc.perform(get("/techniques").param("q", q))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 technique found")))
                .andExpect(content().string(containsString("href=\"/techniques/flat-back-90-90\"")));
        }

        @Test
        void filtersByWhoDoesIt() throws Exception {
            mvc.perform(get("/techniques").param("by", "self"))
                .andExpect(content().string(containsString("1 technique found")))
                .andExpect(content().string(containsString("value=\"self\" selected")));
            mvc.perform(get("/techniques").param("by", "partner"))
                .andExpect(model().attribute("filter", new TechniqueFilter(null, null, null, null, Performer.PARTNER)))
                .andExpect(content().string(containsString("No techniques found")));
        }

        @Test
        void keepsTheChosenFiltersSelected() throws Exception {
            mvc.perform(get("/techniques").param("area", "lower-back").param("kind", "stretch").param("q", "couch"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("filter", new TechniqueFilter("lower-back", null, TechniqueKind.STRETCH, "couch", null)))
                .andExpect(content().string(containsString("value=\"lower-back\" selected")))
                .andExpect(content().string(containsString("value=\"couch\"")));
        }

        @Test
        void blankFiltersMeanNoFilter() throws Exception {
            mvc.perform(get("/techniques").param("area", "").param("tool", "").param("kind", "").param("q", " "))
                .andExpect(status().isOk())
                .andExpect(model().attribute("filter", TechniqueFilter.NONE));
        }

        @ParameterizedTest(name = "{0}={1} is a 400 page")
        @CsvSource({
            "area, elbow, The body area in the link is not one Unknot knows.",
            "tool, chainsaw, The tool in the link is not one Unknot knows.",
            "kind, yoga, The kind must be massage or stretch.",
            "by, nobody, Who does it must be self (you, on your own) or partner.",
        })
        void unknownFilterValueIsAFriendlyBadRequestPage(String parameter, String value, String message) throws Exception {
            mvc.perform(get("/techniques").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(not(containsString(value))));
        }

        @Test
        void aPagePastTheEndShowsTheLastOne() throws Exception {
            mvc.perform(get("/techniques").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 technique found")))
                .andExpect(content().string(containsString("href=\"/techniques/flat-back-90-90\"")));
        }

        @Test
        void overlongSearchTextIsABadRequestPage() throws Exception {
            mvc.perform(get("/techniques").param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 100 characters")));
        }
    }

    @Nested
    class TechniquePage {

        @Test
        void showsStepsCautionsAreasAndTools() throws Exception {
            mvc.perform(get("/techniques/flat-back-90-90"))
                .andExpect(status().isOk())
                .andExpect(view().name("catalog/techniqueDetails"))
                .andExpect(content().string(containsString("<h1>Flat back (90/90)</h1>")))
                .andExpect(content().string(containsString("<img class=\"picture picture-page\"")))
                .andExpect(content().string(containsString("alt=\"Lying on the back on the floor, lower legs resting on a couch so the hips and knees are bent at right angles.\"")))
                .andExpect(content().string(containsString("<li>Calves on the couch.</li>")))
                .andExpect(content().string(containsString("<li>Tender is fine, hurting is not.</li>")))
                .andExpect(content().string(containsString("href=\"/techniques?area=lower-back\"")))
                .andExpect(content().string(containsString("href=\"/techniques?tool=couch\"")))
                .andExpect(content().string(containsString("2 min 30 s")))
                .andExpect(content().string(containsString("Lying on your back")))
                .andExpect(content().string(containsString("href=\"/conditions#pregnancy\"")))
                .andExpect(content().string(containsString("Lying flat on your back for long is best avoided.")))
                .andExpect(content().string(containsString("href=\"/routines/new?area=lower-back\">Build a routine with this")));
        }

        @Test
        void unknownTechniqueIsA404Page() throws Exception {
            mvc.perform(get("/techniques/no-such-technique"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("We could not find that page")));
        }
    }

    @Test
    void conditionsPageExplainsConditionsAndRedFlagsByUrgency() throws Exception {
        mvc.perform(get("/conditions"))
            .andExpect(status().isOk())
            .andExpect(view().name("catalog/conditions"))
            .andExpect(content().string(containsString("Deep vein thrombosis")))
            .andExpect(content().string(containsString("Ask your doctor about Deep vein thrombosis.")))
            .andExpect(content().string(containsString("Emergency: get help now")))
            .andExpect(content().string(containsString("Urgent: see a doctor today")))
            .andExpect(content().string(containsString("id=\"chest-pain\"")));
    }

    /** Each rule says where it comes from and, for a sign, whom it is asked of and what to do. */
    @Test
    void conditionsPageNamesEachRulesSourcesAndWhomASignIsAskedOf() throws Exception {
        mvc.perform(get("/conditions"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Asked of everyone.")))
            .andExpect(content().string(containsString("Asked when you choose: Head.")))
            .andExpect(content().string(containsString("Call 999.")))
            .andExpect(content().string(containsString("Where this comes from: NHS, &quot;Headaches&quot;.")))
            .andExpect(content().string(containsString("Where this comes from: A public source.")))
            .andExpect(content().string(containsString("<h2 id=\"sources-heading\">Where this comes from</h2>")));
    }
}
