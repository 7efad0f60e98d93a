package app.unknot.progress;

import app.unknot.routine.RoutineView;
import app.unknot.system.Dates;
import app.unknot.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Your routines": the ones this browser built or opened, each with how the last session went. */
@Controller
class DeviceRoutinesController {

    private final ProgressService progress;

    DeviceRoutinesController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/routines")
    String list(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        List<Entry> entries = new ArrayList<>();
        for (String id : DeviceRoutines.ids(request)) {
            try {
                RoutineView routine = progress.routine(id, locale);
                Session last = progress.latest(id).orElse(null);
                entries.add(new Entry(routine, Dates.of(routine.createdAt(), locale), last,
                    last == null ? null : Dates.of(last.at(), locale)));
            }
            catch (NotFoundException deleted) {
                // Deleted, perhaps from another device: it leaves this list too.
            }
        }
        DeviceRoutines.keepOnly(entries.stream().map(entry -> entry.routine().id()).toList(), request, response);
        model.addAttribute("entries", entries);
        return "progress/routines";
    }

    @PostMapping("/routines/forget")
    String forget(@RequestParam String id, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        DeviceRoutines.forget(id, request, response);
        redirect.addFlashAttribute("forgotten", true);
        return "redirect:/routines";
    }

    /**
     * A routine in the list. Public for the template.
     *
     * @param last the latest session, or null
     */
    public record Entry(RoutineView routine, String builtOn, Session last, String lastOn) {
    }
}
