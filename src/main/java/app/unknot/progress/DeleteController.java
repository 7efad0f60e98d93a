package app.unknot.progress;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting a routine with everything logged against it: the page that asks first, saying how many
 * sessions go with it, and the post that deletes it and takes it off this browser's list.
 * {@link DeleteApiController} does the same for the JSON API.
 */
@Controller
class DeleteController {

    private final ProgressService progress;

    DeleteController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/routines/{id}/delete")
    String confirmDelete(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("routine", progress.routine(id, locale));
        model.addAttribute("sessionCount", progress.count(id));
        return "progress/delete";
    }

    @PostMapping("/routines/{id}/delete")
    String delete(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        progress.delete(id);
        DeviceRoutines.forget(id, request, response);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/routines";
    }
}
