package app.unknot.sheet;

import static app.unknot.routine.RoutineFixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import app.unknot.catalog.picture.TechniquePictures;
import app.unknot.routine.RoutineFixtures;
import app.unknot.routine.RoutineService;
import app.unknot.routine.StepView;
import app.unknot.system.NotFoundException;
import app.unknot.system.PublicUrl;
import app.unknot.walkthrough.PageRules;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SheetController.class)
@Import({QrCodes.class, SheetPdfRenderer.class, PublicUrl.class, TechniquePictures.class})
class SheetControllerTests {

    private static final String SHEET = "/routines/" + ID + "/sheet";
    private static final String ROUTINE_URL = "http://localhost/routines/" + ID + "?lang=en";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoutineService routines;

    @BeforeEach
    void savedRoutine() {
        given(routines.view(eq(ID), any(Locale.class))).willReturn(RoutineFixtures.lowerBack());
    }

    /** A sheet reads one parameter, the paper; a link with any other is refused, so no one makes a PDF render again at will. */
    @Nested
    class Links {

        @ParameterizedTest
        @ValueSource(strings = {"/sheet.pdf?bust=1", "/sheet.pdf?paper=a4&bust=2", "/sheet?utm_source=x"})
        void aLinkWithAnotherParameterIsRefused(String path) throws Exception {
            String page = mvc.perform(get(SHEET.replace("/sheet", "") + path).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("a sheet does not use");
        }

        @Test
        void thePaperIsRead() throws Exception {
            mvc.perform(get(SHEET + ".pdf").param("paper", "letter").locale(Locale.ENGLISH)).andExpect(status().isOk());
        }
    }

    @Nested
    class Page {

        private Document sheet() throws Exception {
            String html = mvc.perform(get(SHEET).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(view().name("sheet/sheet"))
                .andReturn().getResponse().getContentAsString();
            return Jsoup.parse(html);
        }

        @Test
        void hasTheTitleDateAreasTotalTimeWhoAndAddress() throws Exception {
            Document sheet = sheet();

            assertThat(sheet.title()).isEqualTo("Routine sheet for: Lower back: Unknot");
            assertThat(sheet.selectFirst("h1").text()).isEqualTo("Your routine for: Lower back");
            assertThat(sheet.select(".sheet-meta dd").eachText())
                .containsExactly("23 November 2026", "Lower back", "5 min 30 s", "You do it on your own.", ROUTINE_URL);
        }

        @Test
        void listsEveryStepWithItsTimeSidesPostureAndInstructions() throws Exception {
            Document sheet = sheet();

            assertThat(sheet.select(".sheet-steps > li h3").eachText()).containsExactly(
                "1. Self effleurage (warm-up stroking) 1 min 30 s",
                "2. Tennis ball back massage 2 min",
                "3. Gentle supine twist 2 min");
            assertThat(sheet.select(".sheet-steps > li .step-facts").eachText()).containsExactly(
                "Warm-up, Whole area at once, Sitting, Light pressure, You. You need: Hands, Chair",
                "Massage, Whole area at once, Lying on your back, Light pressure, You. You need: Tennis ball",
                "Stretch, both sides, 1 min each, Lying on your back, Light pressure, You. You need: Hands");
            assertThat(sheet.select(".sheet-steps > li").get(1).select(".step-instructions li").eachText())
                .containsExactly("Lie with the ball beside your spine.", "Roll slowly.", "Roll off the ball before getting up.");
        }

        @Test
        void showsTheCautionsAdviceAndExclusionsThatApplied() throws Exception {
            Document sheet = sheet();

            assertThat(sheet.select(".step-cautions").eachText()).containsExactly(
                "Take care: Stroke beside the spine, never on it.",
                "Take care: Keep the ball off the bones of the spine. Tender is fine; pain is not.");
            assertThat(sheet.select(".sheet-advice li").eachText())
                .containsExactly("Taking blood thinners: keep the pressure light.");
            assertThat(sheet.select(".sheet-excluded li").eachText()).containsExactly(
                "Massage gun on the back (Taking blood thinners): A massage gun can bruise when blood clots slowly.");
        }

        @Test
        void saysWhenToStopAndGetHelp() throws Exception {
            Document sheet = sheet();

            assertThat(sheet.selectFirst("#help-heading").text()).isEqualTo("When to stop and get help");
            assertThat(sheet.select(".sheet-help li").eachText()).hasSize(3)
                .anySatisfy(help -> assertThat(help).startsWith("Tender is fine; pain is not. Stop at once"))
                .anySatisfy(help -> assertThat(help).startsWith("Get emergency help now"));
        }

        @Test
        void carriesAQrCodeAndTheAddressThatOpenTheRoutineOnline() throws Exception {
            Document sheet = sheet();
            Element qr = sheet.selectFirst(".sheet-qr img");

            assertThat(qr.attr("src")).startsWith("data:image/svg+xml;base64,");
            assertThat(QrCodeReading.text(qr.attr("src"))).isEqualTo(ROUTINE_URL);
            assertThat(qr.attr("alt")).isEqualTo("QR code that opens this routine online");
            assertThat(sheet.selectFirst(".sheet-url a").text()).isEqualTo(ROUTINE_URL);
            assertThat(sheet.selectFirst(".sheet-url a").attr("href")).isEqualTo(ROUTINE_URL);
        }

        @Test
        void hasItsOwnPrintStylesheetAndNoSiteNavigation() throws Exception {
            Document sheet = sheet();

            assertThat(PageRules.unversioned(sheet.select("link[rel=stylesheet]").eachAttr("href")))
                .containsExactly("/css/sheet.css", "/css/sheet-phone.css", "/css/sheet-print.css", "/css/sheet-a4.css");
            assertThat(sheet.selectFirst("link[href^=/css/sheet-print-]").attr("media")).isEqualTo("print");
            assertThat(sheet.selectFirst("link[href^=/css/sheet-a4-]").attr("media")).isEqualTo("print");
            assertThat(sheet.selectFirst("link[href^=/css/sheet-phone-]").attr("media")).isEqualTo("screen and (max-width: 40rem)");
            assertThat(sheet.select(".site-header, .site-footer, link[href^=/css/unknot]")).isEmpty();
            assertThat(sheet.select("main")).hasSize(1);
        }

        @Test
        void offersPrintOnlyWithScriptAndAlwaysThePdf() throws Exception {
            Document sheet = sheet();

            assertThat(sheet.selectFirst("button#print-sheet").hasAttr("hidden")).isTrue();
            assertThat(PageRules.unversioned(sheet.select("script").eachAttr("src"))).containsExactly("/js/print.js");
            assertThat(sheet.selectFirst(".sheet-actions a[href=" + SHEET + ".pdf?paper=a4]").text()).isEqualTo("Download as PDF");
            assertThat(sheet.selectFirst(".sheet-actions a[href=/routines/" + ID + "]").text()).isEqualTo("Back to the routine");
            PageRules.assertNoInlineScriptOrStyle(sheet);
        }
    }

    @Nested
    class Pdf {

        private MockHttpServletResponse download() throws Exception {
            return mvc.perform(get(SHEET + ".pdf").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        }

        @Test
        void isADownloadNamedAfterTheRoutine() throws Exception {
            MockHttpServletResponse response = download();

            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"unknot-routine-" + ID + ".pdf\"");
            assertThat(new String(response.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        }

        @Test
        void hasTheSheetTextOnOnePageAndNoButtons() throws Exception {
            try (PDDocument pdf = Loader.loadPDF(download().getContentAsByteArray())) {
                String text = PdfText.of(pdf);

                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Routine sheet for: Lower back: Unknot");
                for (StepView step : RoutineFixtures.lowerBack().steps()) {
                    assertThat(text).contains(step.technique().name());
                }
                assertThat(PdfText.squeezed(pdf)).contains(ROUTINE_URL);
                assertThat(PdfText.links(pdf)).containsExactly(ROUTINE_URL);
                assertThat(text).contains("Your routine for: Lower back", "Total time 5 min 30 s",
                    "Taking blood thinners: keep the pressure light.", "Massage gun on the back",
                    "When to stop and get help", "Lower both knees to one side.")
                    .doesNotContain("Download as PDF", "Print this sheet", "Back to the routine");
            }
        }
    }

    @Nested
    class Handout {

        @BeforeEach
        void aTherapistsVersion() {
            given(routines.view(eq(ID), any(Locale.class))).willReturn(RoutineFixtures.adjustedLowerBack());
        }

        @Test
        void theSheetSaysForWhomWhoPreparedItHowOftenAndEveryNote() throws Exception {
            Document sheet = Jsoup.parse(mvc.perform(get(SHEET).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

            assertThat(sheet.select(".sheet-meta dt").eachText()).contains("For", "How often", "Prepared by");
            assertThat(sheet.select(".sheet-meta dd").eachText())
                .contains("AB", "Twice a day for 4 weeks", "Jo Smith, Calm Back Clinic");
            assertThat(sheet.selectFirst(".sheet-notes p").text()).isEqualTo("Mornings, and after long sitting.");
            assertThat(sheet.select(".sheet-steps > li").get(1).selectFirst(".step-note").text())
                .isEqualTo("Note: Lighter on the left side.");
            assertThat(sheet.select(".sheet-steps > li").get(1).select(".step-instructions > li")).hasSize(3);
            assertThat(sheet.select(".sheet-notes-box .notes-box")).hasSize(1);
        }

        @Test
        void soDoesThePdf() throws Exception {
            byte[] pdf = mvc.perform(get(SHEET + ".pdf").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isBetween(1, 2);
                assertThat(PdfText.of(document)).contains("For AB", "How often Twice a day for 4 weeks",
                    "Prepared by Jo Smith, Calm Back Clinic", "Mornings, and after long sitting.",
                    "Note: Lighter on the left side.", "Your notes");
            }
        }
    }

    @Nested
    class Paper {

        @ParameterizedTest(name = "{0} with {1} paper: {2}")
        @CsvSource({
            "en-GB, '', a4, 595", "en-US, '', letter, 612", "fr-CA, '', letter, 612", "de-DE, '', a4, 595",
            "en-US, a4, a4, 595", "en-GB, letter, letter, 612"})
        void isTheReadersUnlessTheyChoose(String language, String asked, String paper, int pointsWide) throws Exception {
            String query = asked.isEmpty() ? "" : "?paper=" + asked;
            Document sheet = Jsoup.parse(mvc.perform(get(SHEET + query).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(sheet.select("link[href^=/css/sheet-" + paper + "-]")).hasSize(1);
            assertThat(sheet.selectFirst(".sheet-actions a.button").attr("href")).isEqualTo(SHEET + ".pdf?paper=" + paper);
            assertThat(sheet.selectFirst(".paper-switch strong").attr("aria-current")).isEqualTo("true");

            byte[] pdf = mvc.perform(get(SHEET + ".pdf" + query).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(Math.round(document.getPage(0).getMediaBox().getWidth())).isEqualTo(pointsWide);
            }
        }

        @Test
        void anUnknownPaperIsABadRequest() throws Exception {
            mvc.perform(get(SHEET + "?paper=a3").locale(Locale.ENGLISH)).andExpect(status().isBadRequest());
        }
    }

    @Nested
    class RulesChangedSince {

        @BeforeEach
        void aStepIsLeftOut() {
            given(routines.view(eq(ID), any(Locale.class))).willReturn(RoutineFixtures.lowerBackWithAStepLeftOut());
        }

        @Test
        void theSheetSaysWhichStepToLeaveOutAtTheTopAndAtTheStep() throws Exception {
            Document sheet = Jsoup.parse(mvc.perform(get(SHEET).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

            assertThat(sheet.select(".leave-out").text()).contains("Our safety rules have changed", "Leave out step 2");
            assertThat(sheet.select(".sheet-steps > li").get(1).select(".leave-out-step").text())
                .isEqualTo("Leave this step out. Taking blood thinners: No balls on the back any more.");
            assertThat(sheet.select(".sheet-steps > li").get(0).select(".leave-out-step")).isEmpty();
        }

        @Test
        void soDoesThePdf() throws Exception {
            byte[] pdf = mvc.perform(get(SHEET + ".pdf").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(PdfText.squeezed(document)).contains("Leaveoutstep2", "Leavethisstepout.Takingbloodthinners");
            }
        }
    }

    @Nested
    class NotFound {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/sheet", "/sheet.pdf"})
        void anUnknownRoutineHasNoSheet(String page) throws Exception {
            given(routines.view(eq("nope"), any())).willThrow(new NotFoundException("routine"));

            mvc.perform(get("/routines/nope" + page))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/sheet", "/sheet.pdf"})
        void aStoppedRoutineHasNoSheet(String page) throws Exception {
            given(routines.view(eq(ID), any(Locale.class))).willReturn(RoutineFixtures.stopped());

            mvc.perform(get("/routines/" + ID + page).locale(Locale.ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"/sheet", "/sheet.pdf"})
        void aRoutineWithNothingSuitableHasNoSheet(String page) throws Exception {
            given(routines.view(eq(ID), any(Locale.class))).willReturn(RoutineFixtures.nothingSuitable());

            mvc.perform(get("/routines/" + ID + page).locale(Locale.ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        }
    }
}
