package app.unknot.progress;

import app.unknot.routine.RoutineView;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Make it again": a new routine from the same answers without what hurt in this one's sessions,
 * from the progress page. {@link AgainApiController} does the same for the JSON API.
 */
@Controller
class AgainController {

    private final ProgressService progress;

    AgainController(ProgressService progress) {
        this.progress = progress;
    }

    @PostMapping("/routines/{id}/again")
    String again(@PathVariable String id, Locale locale, RedirectAttributes redirect) {
        RoutineView again = progress.again(id, locale);
        redirect.addFlashAttribute("madeAgain", true);
        return "redirect:/routines/" + again.id();
    }
}
