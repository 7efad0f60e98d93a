package app.unknot.routine.web;

import static app.unknot.routine.RoutineFixtures.ID;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.unknot.catalog.Performer;
import app.unknot.routine.RoutineFixtures;
import app.unknot.routine.plan.RoutineRequest;
import app.unknot.safety.SafetyAnswers;
import app.unknot.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(RoutineController.class)
class RoutineControllerTests extends RoutineSliceTest {

    @Autowired
    MockMvc mvc;

    @Nested
    class Form {

        @Test
        void opensEmpty() throws Exception {
            mvc.perform(get("/routines/new"))
                .andExpect(status().isOk())
                .andExpect(view().name("routine/form"))
                .andExpect(content().string(containsString("action=\"/routines\"")))
                .andExpect(content().string(containsString("How bad is the pain right now")))
                .andExpect(content().string(not(containsString("name=\"areas\" checked=\"checked\""))));
        }

        @Test
        void opensPresetForTheLowerBack() throws Exception {
            mvc.perform(get("/routines/new").param("area", "lower-back"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("routineForm",
                    org.hamcrest.Matchers.hasProperty("areas", org.hamcrest.Matchers.contains("lower-back"))))
                .andExpect(content().string(containsString("id=\"areas1\" name=\"areas\" checked=\"checked\"")));
        }

        @Test
        void opensPresetWithATechniquesToolsButNotTheOnesEveryHomeHas() throws Exception {
            mvc.perform(get("/routines/new").param("area", "lower-back").param("tool", "foam-roller", "hands", "foam-roller", ""))
                .andExpect(status().isOk())
                .andExpect(model().attribute("routineForm",
                    org.hamcrest.Matchers.hasProperty("tools", org.hamcrest.Matchers.contains("foam-roller"))));
            mvc.perform(get("/routines/new").param("tool", "spoon"))
                .andExpect(status().isBadRequest());
        }

        @Test
        void unknownPresetAreaIsABadRequestPage() throws Exception {
            mvc.perform(get("/routines/new").param("area", "elbow"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"));
        }
    }

    @Nested
    class Submit {

        MockHttpServletRequestBuilder valid() {
            return validExcept("none", null);
        }

        /** A valid submission with one field's value replaced (or left out, for null). */
        MockHttpServletRequestBuilder validExcept(String field, String value) {
            var params = new LinkedHashMap<>(Map.of("areas", "lower-back", "minutes", "15",
                "performer", "self", "painLevel", "3", "painWeeks", "1"));
            params.put(field, value);
            var request = post("/routines");
            params.forEach((name, v) -> {
                if (v != null && !name.equals("none")) {
                    request.param(name, v);
                }
            });
            return request;
        }

        @Test
        void validFormSavesAndRedirectsToTheRoutine() throws Exception {
            given(routines.create(any(), any())).willReturn(RoutineFixtures.partnerLowerBack());

            mvc.perform(valid())
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/routines/" + ID))
                .andExpect(flash().attribute("saved", true));
        }

        @ParameterizedTest(name = "{0}={1}: {2}")
        @CsvSource(delimiter = '|', value = {
            "minutes|4|Choose at least 5 minutes.",
            "minutes|61|Choose at most 60 minutes.",
            "minutes|ten|Enter the minutes as a whole number, for example 15.",
            "minutes|''|Enter how many minutes you have.",
            "painLevel|11|Pain is rated from 0 to 10.",
            "painLevel|-1|Pain is rated from 0 to 10.",
            "painLevel|''|Tell us how bad the pain is, from 0 to 10.",
            "painWeeks|-2|Weeks cannot be negative.",
            "performer|robot|Choose who will do the massage.",
        })
        void invalidValueIsShownNextToItsField(String field, String value, String message) throws Exception {
            mvc.perform(validExcept(field, value))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("routine/form"))
                .andExpect(model().attributeHasFieldErrors("routineForm", field))
                .andExpect(content().string(containsString("id=\"" + field + "-error\"")))
                .andExpect(content().string(containsString(message)));
            then(routines).should(never()).create(any(), any());
        }

        @Test
        void blankChoicesAreNotChoices() throws Exception {
            mvc.perform(validExcept("areas", " ").param("tools", "").param("conditions", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("routineForm", "areas", "NotEmpty"));
            then(routines).should(never()).create(any(), any());
        }

        @Test
        void indexedAndUnknownFieldsAreNotBound() throws Exception {
            given(routines.create(any(), any())).willReturn(RoutineFixtures.partnerLowerBack());
            mvc.perform(valid().param("areas[0]", " ").param("areas[99999]", "x").param("class.module", "x"));
            then(routines).should().create(eq(new RoutineRequest(List.of("lower-back"), Set.of(), 15, Performer.SELF, new SafetyAnswers(Set.of(), Set.of(), Set.of(), 3, 1, false))), any());
        }

        @Test
        void noAreaIsRefused() throws Exception {
            mvc.perform(validExcept("areas", null))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("routineForm", "areas"))
                .andExpect(content().string(containsString("Choose at least one area that aches.")));
        }

        @Test
        void catalogProblemsAreShownNextToTheirFieldsAndKeepTheAnswers() throws Exception {
            mvc.perform(valid().param("conditions", "fracture"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("routineForm", "affectedAreas", "areasNeeded"))
                .andExpect(content().string(containsString("Tell us where the broken bone, burn or wound is")))
                .andExpect(content().string(containsString("id=\"areas1\" name=\"areas\" checked=\"checked\"")));
            then(routines).should(never()).create(any(), any());
        }

        @Test
        void unknownSlugIsRefusedWithoutEchoingIt() throws Exception {
            mvc.perform(validExcept("areas", "<b>elbow</b>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose areas from the list.")))
                .andExpect(content().string(not(containsString("<b>elbow</b>"))));
        }
    }

    @Nested
    class Show {

        @Test
        void showsStepsExclusionsAndAdvice() throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.partnerLowerBack());

            mvc.perform(get("/routines/" + ID).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(view().name("routine/show"))
                .andExpect(content().string(containsString("Your routine for: Lower back")))
                .andExpect(content().string(containsString("Circular kneading")))
                .andExpect(content().string(containsString("1 min 30 s each side")))
                .andExpect(content().string(containsString("Lengthens the muscles of your lower back after the massage.")))
                .andExpect(content().string(containsString("Left out, and why")))
                .andExpect(content().string(containsString("Firm pressure can bruise when blood clots slowly.")))
                .andExpect(content().string(containsString("Taking blood thinners: keep the pressure light.")))
                .andExpect(content().string(containsString("Total 7 min 30 s of the 15 minutes you have.")));
        }

        @Test
        void redFlagResultIsItsOwnPage() throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.stopped());

            mvc.perform(get("/routines/" + ID).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(view().name("routine/stop"))
                .andExpect(content().string(containsString("Get emergency help now")))
                .andExpect(content().string(containsString("Call an ambulance")))
                .andExpect(content().string(containsString("Numbness around the genitals or buttocks")))
                .andExpect(content().string(not(containsString("Steps"))));
        }

        @Test
        void aStepARuleAddedSinceLeavesOutIsMarkedThereAndAtTheTop() throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.lowerBackWithAStepLeftOut());

            mvc.perform(get("/routines/" + ID).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Our safety rules have changed since this routine was made")))
                .andExpect(content().string(containsString("Leave out step 2: it is no longer safe for what you told us.")))
                .andExpect(content().string(containsString(
                    "Leave this step out. Taking blood thinners: No balls on the back any more.")));
        }

        @Test
        void aRoutineTheRulesStillAllowHasNoSuchNotice() throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.lowerBack());

            mvc.perform(get("/routines/" + ID).locale(Locale.ENGLISH))
                .andExpect(content().string(not(containsString("Our safety rules have changed"))))
                .andExpect(content().string(not(containsString("Leave this step out"))));
        }

        @Test
        void everyStepSaysEveryAreaItWorks() throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.lowerBack());

            mvc.perform(get("/routines/" + ID).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("<dt>Works</dt>")))
                .andExpect(content().string(containsString("<dd>Lower back</dd>")));
        }

        @Test
        void everyStepShowsItsPosition() throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.lowerBack());

            mvc.perform(get("/routines/" + ID).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("<img class=\"picture picture-card\"")))
                .andExpect(content().string(containsString("src=\"/techniques/self-effleurage/picture.svg\"")))
                .andExpect(content().string(containsString("alt=\"Sitting on a chair, one flat hand stroking down")))
                .andExpect(content().string(containsString("src=\"/techniques/supine-twist/picture.svg\"")));
        }

        @Test
        void unknownRoutineIsA404Page() throws Exception {
            given(routines.view(eq("nope"), any())).willThrow(new NotFoundException("routine"));
            mvc.perform(get("/routines/nope"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        }
    }
}
