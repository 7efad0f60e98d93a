package app.unknot.walkthrough;

import app.unknot.catalog.picture.TechniquePictures;
import static app.unknot.routine.RoutineFixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.unknot.routine.RoutineFixtures;
import app.unknot.routine.RoutineService;
import app.unknot.system.NotFoundException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(WalkthroughController.class)
@Import(TechniquePictures.class)
class WalkthroughControllerTests {

    private static final String STEPS = "/routines/" + ID + "/steps/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoutineService routines;

    @BeforeEach
    void savedRoutine() {
        given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.lowerBack());
    }

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url).locale(Locale.ENGLISH))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static String text(Document page, String selector) {
        return page.select(selector).text();
    }

    @Nested
    class EveryStep {

        @ParameterizedTest(name = "step {0} shows the picture of {1}")
        @CsvSource({
            "1, self-effleurage, 'Sitting on a chair, one flat hand stroking down'",
            "3, supine-twist,    'Seen from above, lying on the back with the arms out'",
        })
        void showsThePositionInAPicture(int n, String slug, String words) throws Exception {
            Element picture = page(STEPS + n).selectFirst("img.picture-step");

            assertThat(picture.attr("src")).isEqualTo("/techniques/" + slug + "/picture.svg");
            assertThat(picture.attr("alt")).startsWith(words);
        }

        /** The fixture's ball massage is not in the catalog, as a saved routine's technique may no longer be. */
        @Test
        void showsNoPictureOfATechniqueTheCatalogNoLongerHas() throws Exception {
            assertThat(page(STEPS + 2).select("img.picture")).isEmpty();
        }

        @ParameterizedTest(name = "step {0} of 3 is {1}, {2}")
        @CsvSource(delimiter = '|', value = {
            "1|Self effleurage (warm-up stroking)|1 min 30 s|Sitting|Hands, Chair|Sit up straight with your feet flat.",
            "2|Tennis ball back massage|2 min|Lying on your back|Tennis ball|Roll off the ball before getting up.",
            "3|Gentle supine twist|2 min (1 min each side)|Lying on your back|Hands|Lower both knees to one side.",
        })
        void hasItsOwnPageWithPostureTimeToolsAndInstructions(int n, String name, String time, String posture,
                                                              String tools, String instruction) throws Exception {
            Document page = page(STEPS + n);

            assertThat(page.title()).isEqualTo("Step " + n + " of 3: " + name + ": Unknot");
            assertThat(text(page, "h1")).isEqualTo(name);
            assertThat(text(page, "#step-count")).isEqualTo("Step " + n + " of 3");
            Element progress = page.selectFirst("progress[aria-labelledby=step-count]");
            assertThat(progress.attr("value")).isEqualTo(String.valueOf(n));
            assertThat(progress.attr("max")).isEqualTo("3");
            assertThat(text(page, ".step-facts")).contains(posture, time, "Light pressure", "You", tools);
            assertThat(page.select(".step-instructions li")).hasSize(3);
            assertThat(text(page, ".step-instructions")).contains(instruction);
        }

        @ParameterizedTest(name = "step {0}")
        @ValueSource(ints = {1, 2, 3})
        void remindsToStopIfItHurts(int n) throws Exception {
            Document page = page(STEPS + n);

            assertThat(text(page, ".stop-reminder h2")).isEqualTo("Stop if it hurts");
            assertThat(text(page, ".stop-reminder")).contains("Tender is fine; pain is not.");
        }

        @ParameterizedTest(name = "step {0}")
        @ValueSource(ints = {1, 2, 3})
        void keepsInlineScriptsAndStylesOut(int n) throws Exception {
            Document page = page(STEPS + n);

            PageRules.assertNoInlineScriptOrStyle(page);
            assertThat(PageRules.unversioned(page.select("script[src]").eachAttr("src"))).containsExactly("/js/sessions.js", "/js/walkthrough.js", "/js/offline.js");
            assertThat(PageRules.unversioned(page.select("link[rel=stylesheet]").eachAttr("href")))
                .contains("/css/walkthrough.css");
        }

        @Test
        void showsTheTechniqueCautionsAndTheRoutineSafetyNotes() throws Exception {
            Document page = page(STEPS + 2);

            assertThat(page.select(".cautions li").eachText())
                .containsExactly("Keep the ball off the bones of the spine.", "Tender is fine; pain is not.");
            assertThat(text(page, ".safety-notes summary")).isEqualTo("Your safety notes for this routine");
            assertThat(text(page, ".safety-notes li")).isEqualTo("Taking blood thinners: keep the pressure light.");
        }

        @Test
        void leavesOutTheCautionsHeadingWhenATechniqueHasNone() throws Exception {
            assertThat(page(STEPS + 3).select(".cautions")).isEmpty();
        }
    }

    @Nested
    class RulesChangedSince {

        @BeforeEach
        void theSecondStepIsLeftOut() {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.lowerBackWithAStepLeftOut());
        }

        @Test
        void theStepsAroundItLinkPastIt() throws Exception {
            assertThat(page(STEPS + 1).selectFirst("a[rel=next]").attr("href")).isEqualTo(STEPS + 3);
            assertThat(page(STEPS + 3).selectFirst("a[rel=prev]").attr("href")).isEqualTo(STEPS + 1);
        }

        @Test
        void goingToItLeadsToTheNextStepItsShortcutKept() throws Exception {
            mvc.perform(get(STEPS + 2).locale(Locale.ENGLISH))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(STEPS + 3));
            mvc.perform(get(STEPS + 2).param("seconds", "3").locale(Locale.ENGLISH))
                .andExpect(redirectedUrl(STEPS + 3 + "?seconds=3"));
        }

        @Test
        void everyStepSaysWhyOneIsLeftOut() throws Exception {
            assertThat(text(page(STEPS + 1), ".leave-out")).contains("Leave out step 2");
        }
    }

    @Nested
    class Links {

        @Test
        void firstStepOnlyGoesForward() throws Exception {
            Document page = page(STEPS + 1);

            assertThat(page.select("[data-nav=prev]")).isEmpty();
            assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo(STEPS + 2);
            assertThat(text(page, "a[rel=next]")).isEqualTo("Next step");
        }

        @Test
        void middleStepGoesBothWays() throws Exception {
            Document page = page(STEPS + 2);

            assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo(STEPS + 1);
            assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo(STEPS + 3);
        }

        @Test
        void lastStepFinishes() throws Exception {
            Document page = page(STEPS + 3);

            assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo(STEPS + 2);
            assertThat(page.select("a[rel=next]")).isEmpty();
            Element finish = page.selectFirst("a[data-nav=next]");
            assertThat(finish.attr("href")).isEqualTo("/routines/" + ID + "/finish");
            assertThat(finish.text()).isEqualTo("Finish");
        }

        @Test
        void everyStepLinksBackToTheOverview() throws Exception {
            assertThat(page(STEPS + 2).selectFirst(".overview-link a").attr("href")).isEqualTo("/routines/" + ID);
        }
    }

    @Nested
    class Timer {

        @Test
        void isInThePageButHiddenUntilTheScriptRuns() throws Exception {
            Element timer = page(STEPS + 1).getElementById("timer");

            assertThat(timer.hasAttr("hidden")).isTrue();
            assertThat(timer.attr("data-seconds")).isEqualTo("90");
            assertThat(timer.attr("data-ready-seconds")).isEqualTo("5");
            assertThat(timer.attr("data-sides")).isEqualTo("1");
            assertThat(timer.attr("data-state")).isEqualTo("idle");
            assertThat(timer.selectFirst("#timer-clock").text()).isEqualTo("1:30");
            assertThat(timer.select("button")).extracting(Element::text).containsExactly("Start", "Reset");
            assertThat(timer.select("#timer-side")).isEmpty();
        }

        @Test
        void carriesItsCuesFromTheMessages() throws Exception {
            Element timer = page(STEPS + 1).getElementById("timer");

            assertThat(timer.attr("data-cue-ready")).isEqualTo("Get ready.");
            assertThat(timer.attr("data-cue-begin")).isEqualTo("Begin.");
            assertThat(timer.attr("data-cue-turn")).isEqualTo("Stop there and change sides: turn over or swap hands.");
            assertThat(timer.attr("data-cue-ten-left")).isEqualTo("10 seconds left.");
            assertThat(timer.attr("data-label-pause")).isEqualTo("Pause");
            assertThat(timer.attr("data-label-resume")).isEqualTo("Resume");
        }

        @Test
        void namesTheNextStepOrSaysItWasTheLast() throws Exception {
            Element first = page(STEPS + 1).getElementById("timer");
            Element last = page(STEPS + 3).getElementById("timer");

            assertThat(first.attr("data-cue-next-up")).isEqualTo("Next up: " + page(STEPS + 2).selectFirst("h1").text() + ".");
            assertThat(first.attr("data-cue-done-next")).startsWith("Time is up. Next up: ");
            assertThat(last.attr("data-cue-next-up")).isEqualTo("That was the last step.");
            assertThat(last.attr("data-cue-done-next")).contains("last step");
        }

        @Test
        void restsFiveSecondsToChangeSidesAndCountsFiveIntoTheNextStep() throws Exception {
            Element timer = page(STEPS + 3).getElementById("timer");

            assertThat(timer.attr("data-turn-seconds")).isEqualTo("5");
            assertThat(timer.attr("data-advance-seconds")).isEqualTo("5");
        }

        @Test
        void announcesPolitelyAndOffersItsSwitches() throws Exception {
            Document step = page(STEPS + 1);
            Element timer = step.getElementById("timer");

            assertThat(timer.selectFirst("#timer-status").attr("aria-live")).isEqualTo("polite");
            assertThat(timer.selectFirst("#timer-status").text())
                .isEqualTo("Press Start when you are in position: you get 5 seconds to get ready.");
            assertThat(timer.selectFirst("#timer-clock").attr("role")).isEqualTo("timer");
            assertThat(step.selectFirst("#player-options").hasAttr("hidden")).as("shown by the script").isTrue();
            assertThat(step.selectFirst("label[for=timer-speak]").text()).isEqualTo("Speak the cues aloud");
            assertThat(step.selectFirst("label[for=auto-advance]").text()).isEqualTo("Move on to the next step by itself");
        }

        @Test
        void saysHowMuchOfTheRoutineIsLeft() throws Exception {
            assertThat(page(STEPS + 1).selectFirst(".time-left").text()).endsWith(" left");
            assertThat(page(STEPS + 3).selectFirst(".time-left").text()).isEqualTo("2 min left");
        }

        @Test
        void switchesSidesHalfWayOnATwoSidedStep() throws Exception {
            Element timer = page(STEPS + 3).getElementById("timer");

            assertThat(timer.attr("data-sides")).isEqualTo("2");
            assertThat(timer.attr("data-seconds")).isEqualTo("120");
            assertThat(timer.selectFirst("#timer-side").text()).isEqualTo("First side");
            assertThat(timer.selectFirst("#timer-clock").text()).isEqualTo("1:00");
            assertThat(timer.attr("data-side-second")).isEqualTo("Second side");
        }
    }

    @Nested
    class TestShortcut {

        @Test
        void secondsParameterShortensTheTimerAndTheGetReadyAndIsKeptInTheLinks() throws Exception {
            Document page = page(STEPS + 2 + "?seconds=3");
            Element timer = page.getElementById("timer");

            assertThat(timer.attr("data-seconds")).isEqualTo("3");
            assertThat(timer.attr("data-ready-seconds")).isEqualTo("3");
            assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo(STEPS + "1?seconds=3");
            assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo(STEPS + "3?seconds=3");
        }

        @Test
        void secondsParameterNeverLengthensTheTimer() throws Exception {
            Element timer = page(STEPS + 1 + "?seconds=600").getElementById("timer");

            assertThat(timer.attr("data-seconds")).isEqualTo("90");
            assertThat(timer.attr("data-ready-seconds")).isEqualTo("5");
        }

        @ParameterizedTest(name = "seconds={0}")
        @ValueSource(strings = {"abc", "0", "-5", "1.5", "99999", ""})
        void unusableSecondsAreIgnored(String seconds) throws Exception {
            Document page = page(STEPS + 1 + "?seconds=" + seconds);

            assertThat(page.getElementById("timer").attr("data-seconds")).isEqualTo("90");
            assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo(STEPS + 2);
        }
    }

    @Nested
    class NotFound {

        @ParameterizedTest(name = "step \"{0}\"")
        @ValueSource(strings = {"0", "4", "-1", "01", "1.5", "abc", "99999999999", "2147483648"})
        void aStepOutsideTheRoutineIsA404Page(String n) throws Exception {
            mvc.perform(get(STEPS + n).locale(Locale.ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/steps/1", "/steps/2"})
        void anUnknownRoutineHasNoWalkthrough(String page) throws Exception {
            given(routines.view(eq("nope"), any())).willThrow(new NotFoundException("routine"));

            mvc.perform(get("/routines/nope" + page))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/steps/1", "/steps/2"})
        void aStoppedRoutineHasNoWalkthrough(String page) throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.stopped());

            mvc.perform(get("/routines/" + ID + page).locale(Locale.ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        }

        @Test
        void aRoutineWithNothingSuitableHasNoWalkthrough() throws Exception {
            given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.nothingSuitable());

            mvc.perform(get(STEPS + 1).locale(Locale.ENGLISH))
                .andExpect(status().isNotFound());
        }
    }
}
