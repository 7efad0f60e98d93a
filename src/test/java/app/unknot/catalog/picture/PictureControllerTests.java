package app.unknot.catalog.picture;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PictureController.class)
@Import(TechniquePictures.class)
class PictureControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void servesThePictureAsSvgThatBrowsersKeepADay() throws Exception {
        mvc.perform(get("/techniques/cat-cow/picture.svg"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "image/svg+xml"))
            .andExpect(header().string("Cache-Control", "max-age=86400, public"))
            .andExpect(header().exists("ETag"))
            .andExpect(content().string(startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    }

    @Test
    void anUnchangedPictureIsNotSentAgain() throws Exception {
        String eTag = mvc.perform(get("/techniques/cat-cow/picture.svg")).andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/techniques/cat-cow/picture.svg").header("If-None-Match", eTag))
            .andExpect(status().isNotModified())
            .andExpect(content().string(""));
    }

    @Test
    void anUnknownTechniqueHasNoPicture() throws Exception {
        mvc.perform(get("/techniques/no-such-technique/picture.svg")).andExpect(status().isNotFound());
    }
}
