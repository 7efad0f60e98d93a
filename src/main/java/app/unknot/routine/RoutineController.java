package app.unknot.routine;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Tool;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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

/** The routine builder form and the saved routine's page. */
@Controller
class RoutineController {

    private static final String FORM = "routine/form";

    private final Routines routines;
    private final RoutineViews views;
    private final Catalog catalog;

    RoutineController(Routines routines, RoutineViews views, Catalog catalog) {
        this.routines = routines;
        this.views = views;
        this.catalog = catalog;
    }

    /** Only the form's own fields bind, and only as plain values: no indexed or nested paths. */
    @InitBinder("routineForm")
    void allowFormFieldsOnly(WebDataBinder binder) {
        binder.setAllowedFields("areas", "tools", "minutes", "performer", "conditions", "affectedAreas", "redFlags",
            "painLevel", "painWeeks", "cancerCleared");
    }

    @GetMapping("/routines/new")
    String form(@RequestParam(required = false) String area, Model model) {
        var form = new RoutineForm();
        String preset = catalog.filter(area, null, null, null).area();
        if (preset != null) {
            form.setAreas(List.of(preset));
        }
        return showForm(form, model);
    }

    @PostMapping("/routines")
    String create(@Valid RoutineForm routineForm, BindingResult result, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            routines.problems(routineForm.toRequest())
                .forEach(problem -> result.rejectValue(problem.field(), problem.code()));
        }
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(routineForm, model);
        }
        Routine routine = routines.create(routineForm.toRequest());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/routines/" + routine.id();
    }

    @GetMapping("/routines/{id}")
    String show(@PathVariable String id, Model model, Locale locale) {
        RoutineView routine = views.find(id, locale);
        model.addAttribute("routine", routine);
        return routine.stopped() ? "routine/stop" : "routine/show";
    }

    private String showForm(RoutineForm form, Model model) {
        List<Tool> tools = catalog.tools();
        model.addAttribute("routineForm", form);
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("ownTools", tools.stream().filter(tool -> !tool.isAlwaysAvailable()).toList());
        model.addAttribute("householdTools", tools.stream().filter(Tool::isAlwaysAvailable).toList());
        model.addAttribute("conditions", catalog.conditions());
        model.addAttribute("redFlags", catalog.redFlags());
        return FORM;
    }
}
