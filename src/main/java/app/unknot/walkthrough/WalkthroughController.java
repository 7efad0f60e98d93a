package app.unknot.walkthrough;

import app.unknot.catalog.bodymap.BodyMap;
import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.routine.StepView;
import app.unknot.safety.PainLevel;
import app.unknot.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A saved routine one step per page, for following it on the floor; the finish page is the progress module's. */
@Controller
class WalkthroughController {

    /** Four digits at most: a longer number is no step of ours, and never an overflow. */
    private static final Pattern STEP_NUMBER = Pattern.compile("[1-9][0-9]{0,3}");

    private final RoutineService routines;

    WalkthroughController(RoutineService routines) {
        this.routines = routines;
    }

    /**
     * One step. The walkthrough carries two answers from page to page in the address: {@code ?seconds=}
     * (see {@link StepTimer}) and {@code ?before=}, the pain the person gave at the start, for the
     * finish page to fill in.
     */
    @GetMapping("/routines/{id}/steps/{n}")
    String step(@PathVariable String id, @PathVariable String n,
                @RequestParam(name = "seconds", required = false) String seconds,
                @RequestParam(name = "before", required = false) String before,
                @CookieValue(name = RoutineService.SIGNS_CHECKED_COOKIE, required = false) String signsChecked,
                HttpServletRequest request, Locale locale, Model model) {
        if (signsChecked == null && !routines.unaskedSigns(id).isEmpty()) {
            // Saved before some warning signs existed: they are asked before it plays again.
            String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return "redirect:/routines/" + id + "/signs?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
        }
        RoutineView routine = routines.view(id, locale).withSteps();
        int number = stepNumber(n, routine.steps().size());
        StepView step = routine.steps().get(number - 1);
        StepTimer timer = StepTimer.of(step.seconds(), step.technique().sides(), seconds);
        Integer painBefore = PainLevel.parse(before).orElse(null);
        String carried = carried(timer.shortcut(), painBefore);
        // The finish page needs only the pain at the start; the timer shortcut ends with the steps.
        String toFinish = carried(null, painBefore);
        if (!step.followed()) {
            return "redirect:" + routine.followedAfter(number).map(next -> stepPath(id, next) + carried)
                .orElse(finishPath(id) + toFinish);
        }
        model.addAttribute("routine", routine);
        model.addAttribute("step", step);
        model.addAttribute("bodyMap", BodyMap.INSTANCE);
        model.addAttribute("number", number);
        model.addAttribute("total", routine.steps().size());
        Integer next = routine.followedAfter(number).orElse(null);
        model.addAttribute("previous", routine.followedBefore(number).orElse(null));
        model.addAttribute("next", next);
        model.addAttribute("nextName", next == null ? null : routine.steps().get(next - 1).technique().name());
        model.addAttribute("secondsLeft", routine.secondsLeftFrom(number));
        model.addAttribute("timer", timer);
        model.addAttribute("carried", carried);
        model.addAttribute("toFinish", toFinish);
        model.addAttribute("pageStyles", List.of("/css/walkthrough.css"));
        model.addAttribute("pageScripts", List.of("/js/walkthrough.js"));
        return "walkthrough/step";
    }

    /** The query that carries the walkthrough's answers to the next page, or nothing. */
    static String carried(Integer seconds, Integer before) {
        StringBuilder query = new StringBuilder();
        if (seconds != null) {
            query.append("&seconds=").append(seconds);
        }
        if (before != null) {
            query.append("&before=").append(before);
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    static String stepPath(String id, int number) {
        return "/routines/" + id + "/steps/" + number;
    }

    static String finishPath(String id) {
        return "/routines/" + id + "/finish";
    }

    private static int stepNumber(String n, int total) {
        if (!STEP_NUMBER.matcher(n).matches() || Integer.parseInt(n) > total) {
            throw new NotFoundException("step");
        }
        return Integer.parseInt(n);
    }
}
