package app.unknot.routine;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Performer;
import app.unknot.catalog.TechniqueFilter;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The routine builder form and the saved routine's page. */
@Controller
class RoutineController {

    private static final String FORM = "routine/form";

    private final RoutineService routines;
    private final Catalog catalog;
    private final RoutineFormValidator validator;

    RoutineController(RoutineService routines, Catalog catalog) {
        this.routines = routines;
        this.catalog = catalog;
        this.validator = new RoutineFormValidator(catalog);
    }

    @InitBinder("routineForm")
    void bindForm(WebDataBinder binder) {
        validator.bind(binder);
    }

    @GetMapping("/routines/new")
    String form(@RequestParam(required = false) String area, Model model) {
        var form = RoutineForm.withDefaults();
        String preset = TechniqueFilter.of(catalog, area, null, null, null).area();
        if (preset != null) {
            form.setAreas(List.of(preset));
        }
        return showForm(form, model);
    }

    @PostMapping("/routines")
    String create(@Valid RoutineForm routineForm, BindingResult result, Model model, HttpServletResponse response,
                  RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(routineForm, model);
        }
        RoutineView routine = routines.create(routineForm.toRequest(), locale);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/routines/" + routine.id();
    }

    @GetMapping("/routines/{id}")
    String show(@PathVariable String id, Model model, Locale locale) {
        RoutineView routine = routines.view(id, locale);
        model.addAttribute("routine", routine);
        return routine.stopped() ? "routine/stop" : "routine/show";
    }

    private String showForm(RoutineForm form, Model model) {
        List<Tool> tools = catalog.tools();
        model.addAttribute("routineForm", form);
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("ownTools", tools.stream().filter(tool -> !tool.alwaysAvailable()).toList());
        model.addAttribute("householdTools", tools.stream().filter(Tool::alwaysAvailable).toList());
        model.addAttribute("conditions", catalog.conditions());
        model.addAttribute("redFlags", catalog.redFlags());
        model.addAttribute("performers", List.of(Performer.SELF, Performer.PARTNER));
        model.addAttribute("limits", FormLimits.INSTANCE);
        return FORM;
    }
}
