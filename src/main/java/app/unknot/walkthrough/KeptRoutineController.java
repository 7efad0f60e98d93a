package app.unknot.walkthrough;

import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.routine.StepView;
import app.unknot.safety.PainLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The addresses a browser keeps so that a routine it opened plays with the network off (the service
 * worker, {@code /sw.js}, asks for them). With the walkthrough's answers ({@code ?seconds=},
 * {@code ?before=}), the steps and the finish page carry them as the walkthrough's own links do, so
 * a walkthrough started online goes on offline exactly as it would have.
 */
@RestController
class KeptRoutineController {

    private final RoutineService routines;

    KeptRoutineController(RoutineService routines) {
        this.routines = routines;
    }

    @GetMapping(path = "/routines/{id}/offline.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Kept kept(@PathVariable String id, @RequestParam(name = "seconds", required = false) String seconds,
              @RequestParam(name = "before", required = false) String before, Locale locale) {
        RoutineView routine = routines.view(id, locale).withSteps();
        Integer shortcut = StepTimer.of(1, 1, seconds).shortcut();
        Integer painBefore = PainLevel.parse(before).orElse(null);
        String carried = WalkthroughController.carried(shortcut, painBefore);
        String toFinish = WalkthroughController.carried(null, painBefore);
        String home = "/routines/" + id;
        List<String> pages = new ArrayList<>(List.of("/routines", home, home + "/sheet", home + "/progress",
            WalkthroughController.finishPath(id) + toFinish));
        Set<String> pictures = new LinkedHashSet<>();
        for (StepView step : routine.steps()) {
            if (step.followed()) {
                pages.add(WalkthroughController.stepPath(id, step.order()) + carried);
                pictures.add("/techniques/" + step.technique().slug() + "/picture.svg");
            }
        }
        return new Kept(pages, List.copyOf(pictures));
    }

    /**
     * What to keep: pages (the worker also keeps the stylesheets and scripts they name) and pictures.
     * Public for Jackson.
     */
    public record Kept(List<String> pages, List<String> pictures) {
    }
}
