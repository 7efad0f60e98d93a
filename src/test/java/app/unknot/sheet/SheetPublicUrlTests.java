package app.unknot.sheet;

import static app.unknot.routine.RoutineFixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.unknot.catalog.picture.TechniquePictures;
import app.unknot.routine.RoutineFixtures;
import app.unknot.routine.RoutineService;
import app.unknot.system.PublicUrl;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code unknot.public-url} set, a sheet prints that address, never the one the request came to. */
@WebMvcTest(SheetController.class)
@Import({QrCodes.class, SheetPdfRenderer.class, PublicUrl.class, TechniquePictures.class})
@TestPropertySource(properties = "unknot.public-url=https://unknot.example.org/")
class SheetPublicUrlTests {

    private static final String PUBLIC = "https://unknot.example.org/routines/" + ID + "?lang=en";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoutineService routines;

    @BeforeEach
    void savedRoutine() {
        given(routines.view(ID, Locale.UK)).willReturn(RoutineFixtures.lowerBack());
    }

    @Test
    void theSheetsQrCodeAndAddressAreThePublicOnes() throws Exception {
        Document sheet = Jsoup.parse(mvc.perform(get("/routines/" + ID + "/sheet").locale(Locale.ENGLISH)
            .header("Host", "10.0.0.7:8080")).andReturn().getResponse().getContentAsString());

        assertThat(QrCodeReading.text(sheet.selectFirst(".sheet-qr img").attr("src"))).isEqualTo(PUBLIC);
        assertThat(sheet.selectFirst(".sheet-url a").text()).isEqualTo(PUBLIC);
        assertThat(sheet.html()).doesNotContain("10.0.0.7");
    }

    @Test
    void soDoesThePdf() throws Exception {
        byte[] pdf = mvc.perform(get("/routines/" + ID + "/sheet.pdf").locale(Locale.ENGLISH).header("Host", "10.0.0.7"))
            .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A long address may wrap onto a second line: a link on each line, both to the routine.
            assertThat(PdfText.links(document)).isNotEmpty().containsOnly(PUBLIC);
            // Its text may break at the "?", with the QR code's caption read in between.
            assertThat(PdfText.squeezed(document)).contains(PUBLIC.substring(0, PUBLIC.indexOf('?'))).doesNotContain("10.0.0.7");
        }
    }
}
