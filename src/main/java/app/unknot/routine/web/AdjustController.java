package app.unknot.routine.web;

import app.unknot.catalog.Technique;
import app.unknot.routine.Adjusting;
import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.routine.plan.AdjustmentRules;
import app.unknot.routine.plan.StepTime;
import app.unknot.system.LimitReachedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The adjust page: a therapist removes, adds and moves steps, sets their times and notes, and saves
 * the result as a new version. Every edit is a plain form post that shows the page again, so it all
 * works without JavaScript; nothing is saved until "Save as a new version".
 */
@Controller
class AdjustController {

    private static final String PAGE = "routine/adjust";


    private final RoutineService routines;

    AdjustController(RoutineService routines) {
        this.routines = routines;
    }

    @InitBinder("adjustmentForm")
    void bindForm(WebDataBinder binder) {
        binder.setAllowedFields("steps[*].technique", "steps[*].seconds", "steps[*].note", "notes", "frequency.times",
            "frequency.per", "frequency.weeks", "clientInitials", "preparedBy", "handoutLanguage");
        binder.setAutoGrowCollectionLimit(AdjustmentRules.MAX_STEPS * 2);
    }

    @GetMapping("/routines/{id}/adjust")
    String page(@PathVariable String id, Model model, Locale locale) {
        Adjusting adjusting = routines.adjusting(id, locale);
        return show(adjusting, AdjustmentForm.of(adjusting.routine(), locale), model);
    }

    /** One edit (move, remove or add a step) applied to the form as posted, shown again unsaved. */
    @PostMapping("/routines/{id}/adjust")
    String edit(@PathVariable String id, @ModelAttribute AdjustmentForm adjustmentForm,
                @RequestParam(required = false) Integer up, @RequestParam(required = false) Integer down,
                @RequestParam(required = false) Integer remove, @RequestParam(required = false) String add,
                Model model, Locale locale) {
        Adjusting adjusting = routines.adjusting(id, locale);
        List<AdjustmentForm.StepRow> steps = adjustmentForm.getSteps();
        // Rows posted with gaps between their numbers come back empty: there is nothing in them to keep.
        steps.removeIf(step -> step.getTechnique() == null || step.getTechnique().isEmpty());
        if (up != null && up > 0 && up < steps.size()) {
            Collections.swap(steps, up, up - 1);
        }
        if (down != null && down >= 0 && down < steps.size() - 1) {
            Collections.swap(steps, down, down + 1);
        }
        if (remove != null && remove >= 0 && remove < steps.size()) {
            steps.remove((int) remove);
        }
        if (add != null) {
            adjusting.choices().stream().filter(Adjusting.Choice::addable)
                .filter(choice -> choice.technique().slug().equals(add)).findFirst()
                .filter(choice -> steps.stream().noneMatch(step -> add.equals(step.getTechnique())))
                .ifPresent(choice -> steps.add(new AdjustmentForm.StepRow(add, StepTime.typical(choice.technique()), null)));
        }
        return show(adjusting, adjustmentForm, model);
    }

    @PostMapping("/routines/{id}/versions")
    String save(@PathVariable String id, @Valid AdjustmentForm adjustmentForm, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            routines.problems(id, adjustmentForm.chosenSteps()).forEach(problem ->
                result.rejectValue(problem.field(), problem.code(), problem.arguments().toArray(), null));
        }
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(routines.adjusting(id, locale), adjustmentForm, model);
        }
        RoutineView version;
        try {
            version = routines.adjust(id, adjustmentForm.chosenSteps(), adjustmentForm.handout(), locale);
        }
        catch (LimitReachedException full) {
            // The page again with the changes as they were made, and what happened.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("full", full.getMessageCode());
            return show(routines.adjusting(id, locale), adjustmentForm, model);
        }
        redirect.addFlashAttribute("versionSaved", true);
        return "redirect:/routines/" + version.id();
    }

    private String show(Adjusting adjusting, AdjustmentForm form, Model model) {
        Map<String, Technique> techniques = adjusting.choices().stream().map(Adjusting.Choice::technique)
            .collect(Collectors.toMap(Technique::slug, Function.identity()));
        List<String> inRoutine = form.getSteps().stream().map(AdjustmentForm.StepRow::getTechnique).toList();
        model.addAttribute("routine", adjusting.routine());
        model.addAttribute("adjustmentForm", form);
        model.addAttribute("techniques", techniques);
        // Every step's technique has its times, none for one the catalog cannot offer this routine.
        Map<String, List<Integer>> times = new HashMap<>();
        inRoutine.forEach(slug -> times.put(slug, List.of()));
        techniques.values().forEach(technique -> times.put(technique.slug(), StepTime.choices(technique)));
        model.addAttribute("times", times);
        model.addAttribute("limits", AdjustmentForm.Limits.INSTANCE);
        // What may be added comes first; what is ruled out follows, greyed, with its reason.
        model.addAttribute("toAdd", adjusting.choices().stream()
            .filter(choice -> !inRoutine.contains(choice.technique().slug()))
            .sorted(Comparator.comparing((Adjusting.Choice choice) -> !choice.addable())).toList());
        model.addAttribute("fieldOrder", AdjustmentForm.FIELDS);
        return PAGE;
    }
}
