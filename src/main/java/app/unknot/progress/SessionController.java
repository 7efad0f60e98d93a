package app.unknot.progress;

import app.unknot.routine.RoutineView;
import app.unknot.safety.PainLevel;
import app.unknot.system.LimitReachedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page that closes a walkthrough, which asks how it went, and the post that logs it. */
@Controller
class SessionController {

    private static final String FINISH = "progress/finish";

    private final ProgressService progress;

    SessionController(ProgressService progress) {
        this.progress = progress;
    }

    /** {@code ?before=N}, the pain the walkthrough asked about at its start, fills in the first answer. */
    @GetMapping("/routines/{id}/finish")
    String finish(@PathVariable String id, @RequestParam(required = false) String before, Locale locale, Model model) {
        RoutineView routine = progress.routine(id, locale).withSteps();
        var form = new SessionForm();
        form.setPainBefore(PainLevel.parse(before).orElse(routine.painLevel()));
        return showFinish(routine, form, model);
    }

    @PostMapping("/routines/{id}/sessions")
    String log(@PathVariable String id, @Valid SessionForm sessionForm, BindingResult result, Locale locale, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        RoutineView routine = progress.routine(id, locale).withSteps();
        if (!sessionForm.notSteps(ProgressService.stepTechniques(routine)).isEmpty()) {
            result.rejectValue("hurt", "NotAStep");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showFinish(routine, sessionForm, model);
        }
        // A stopped routine has no steps, so withSteps() above has answered 404 already.
        Session session;
        try {
            session = progress.log(routine, sessionForm).session();
        }
        catch (LimitReachedException full) {
            // The form again, as it was filled in, with what happened and what to do instead.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("full", full.getMessageCode());
            return showFinish(routine, sessionForm, model);
        }
        // The same answer for a session its device sent before: it is saved, once.
        redirect.addFlashAttribute("logged", true);
        redirect.addFlashAttribute("painRose", session.painRose());
        return "redirect:/routines/" + id + "/finish";
    }

    private static String showFinish(RoutineView routine, SessionForm form, Model model) {
        model.addAttribute("routine", routine);
        model.addAttribute("sessionForm", form);
        model.addAttribute("hurtChoices", ProgressService.stepNames(routine).entrySet().stream()
            .map(entry -> new Choice(entry.getKey(), entry.getValue())).toList());
        model.addAttribute("fieldOrder", SessionForm.FIELDS);
        model.addAttribute("maxNote", SessionForm.MAX_NOTE);
        model.addAttribute("pageStyles", List.of("/css/walkthrough.css"));
        return FINISH;
    }

    /** A step's technique as a choice of the "what hurt" question. Public for the template. */
    public record Choice(String slug, String name) {
    }
}
