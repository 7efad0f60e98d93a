package app.unknot.system.error;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.unknot.catalog.picture.TechniquePictures;
import app.unknot.system.BusyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

/** Too much costly work at once is a 429 page that says when to come back, in words and in Retry-After. */
@WebMvcTest(BusyPageTests.Busy.class)
@Import({BusyPageTests.Busy.class, TechniquePictures.class})
class BusyPageTests {

    @Controller
    static class Busy {

        @GetMapping("/busy")
        String busy() {
            throw new BusyException("busy.pdf", 10);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aBusyAnswerIsA429WithRetryAfter() throws Exception {
        mvc.perform(get("/busy"))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", "10"))
            .andExpect(content().string(containsString("Too many sheets are being made right now")))
            .andExpect(content().string(containsString("several are being made at once")))
            .andExpect(content().string(containsString("Please try again in 10 seconds.")));
    }
}
