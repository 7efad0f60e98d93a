package app.unknot.routine.web;

import app.unknot.catalog.Catalogs;
import app.unknot.catalog.RedFlag;
import app.unknot.routine.RoutineService;
import app.unknot.system.InvalidParameterException;
import app.unknot.system.SiteCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A routine saved before some warning signs existed asks them before it plays again, once a visit:
 * none of them, and the walkthrough goes on (a cookie for this routine's pages until the browser
 * closes); any of them, and a new routine from the same answers stops, as a new one would.
 */
@Controller
class SignsController {

    private static final String PAGE = "routine/signs";

    private final RoutineService routines;
    private final Catalogs catalogs;

    SignsController(RoutineService routines, Catalogs catalogs) {
        this.routines = routines;
        this.catalogs = catalogs;
    }

    @GetMapping("/routines/{id}/signs")
    String ask(@PathVariable String id, @RequestParam(required = false) String next, Locale locale, Model model) {
        List<RedFlag> unasked = routines.unaskedSigns(id);
        if (unasked.isEmpty()) {
            return "redirect:" + next(id, next);
        }
        model.addAttribute("routineId", id);
        // Nothing ticked yet: the builder form's answers, whose warning-sign field the page shares.
        model.addAttribute("routineForm", RoutineForm.withDefaults());
        model.addAttribute("signs", unasked.stream().map(catalogs.translation(locale)::redFlag).toList());
        model.addAttribute("next", next(id, next));
        return PAGE;
    }

    @PostMapping("/routines/{id}/signs")
    String answer(@PathVariable String id, @RequestParam(required = false) List<String> redFlags,
                  @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
                  Locale locale) {
        Set<String> raised = new LinkedHashSet<>(redFlags == null ? List.of() : redFlags);
        Set<String> unasked = new LinkedHashSet<>(routines.unaskedSigns(id).stream().map(RedFlag::slug).toList());
        if (!unasked.containsAll(raised)) {
            throw new InvalidParameterException("redFlags");
        }
        if (!raised.isEmpty()) {
            return "redirect:/routines/" + routines.withSigns(id, raised, locale).id();
        }
        response.addHeader(HttpHeaders.SET_COOKIE, SiteCookies.of(RoutineService.SIGNS_CHECKED_COOKIE, "1", request)
            .path("/routines/" + id).build().toString());
        return "redirect:" + next(id, next);
    }

    /** Where to go on: a step of this routine, as the walkthrough asked for it, or its first step. */
    private static String next(String id, String next) {
        Pattern step = Pattern.compile("^/routines/" + Pattern.quote(id) + "/steps/[0-9]{1,3}(\\?[a-z0-9=&]{0,40})?$");
        return next != null && step.matcher(next).matches() ? next : "/routines/" + id + "/steps/1";
    }
}
