package app.unknot.routine.web;

import app.unknot.catalog.bodymap.BodyMap;
import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.EmergencyNumbers;
import app.unknot.catalog.Performer;
import app.unknot.catalog.TechniqueFilter;
import app.unknot.catalog.Tool;
import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.routine.Versions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
    private final Versions versions;
    private final Catalog catalog;
    private final Catalogs catalogs;
    private final RoutineFormValidator validator;
    private final SafetyQuestions.InLanguages safety;
    private final EmergencyNumbers emergencyNumbers;

    RoutineController(RoutineService routines, Versions versions, Catalog catalog, Catalogs catalogs,
                      SafetyQuestions.InLanguages safety, EmergencyNumbers emergencyNumbers) {
        this.routines = routines;
        this.versions = versions;
        this.catalog = catalog;
        this.catalogs = catalogs;
        this.safety = safety;
        this.validator = new RoutineFormValidator(catalog);
        this.emergencyNumbers = emergencyNumbers;
    }

    @InitBinder("routineForm")
    void bindForm(WebDataBinder binder) {
        validator.bind(binder);
    }

    /**
     * The empty form; {@code ?area=} ticks one area and {@code ?tool=} tools (from a technique's
     * page), {@code ?from=} fills in the answers a saved routine was built from, for "change my answers".
     * {@code ?startFrom=} asks the safety questions afresh for someone else, to have that routine's steps.
     */
    @GetMapping("/routines/new")
    String form(@RequestParam(required = false) String area, @RequestParam(required = false) List<String> tool,
                @RequestParam(required = false) String from, @RequestParam(required = false) List<String> add,
                @RequestParam(required = false) String startFrom, Model model, Locale locale) {
        if (from != null) {
            RoutineForm answers = RoutineForm.of(routines.request(from));
            if (add != null) {
                // The areas a routine offered to add: ticked, so their own warning signs are asked before any routine.
                answers.setAreas(Stream.concat(answers.getAreas().stream(), add.stream().filter(catalog::hasArea)).distinct().toList());
            }
            return showForm(answers, model, locale);
        }
        if (startFrom != null) {
            RoutineView first = routines.view(startFrom, locale).withSteps();
            model.addAttribute("startFrom", first);
            return showForm(RoutineForm.forSomeoneElse(routines.request(startFrom)), model, locale);
        }
        var form = RoutineForm.withDefaults();
        String preset = TechniqueFilter.of(catalog, area, null, null, null, null).area();
        if (preset != null) {
            form.setAreas(List.of(preset));
        }
        if (tool != null) {
            form.setTools(tool.stream().map(slug -> TechniqueFilter.of(catalog, null, slug, null, null, null).tool())
                .filter(slug -> slug != null && !catalog.tool(slug).alwaysAvailable()).distinct().toList());
        }
        return showForm(form, model, locale);
    }

    /** Builds and saves the routine; with {@code startFrom}, someone else's with that routine's steps. */
    @PostMapping("/routines")
    String create(@Valid RoutineForm routineForm, BindingResult result, @RequestParam(required = false) String startFrom,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        RoutineView first = startFrom == null ? null : routines.view(startFrom, locale).withSteps();
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("startFrom", first);
            return showForm(routineForm, model, locale);
        }
        RoutineView routine = first == null ? routines.create(routineForm.toRequest(), locale)
            : routines.reuse(startFrom, routineForm.toRequest(), locale);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/routines/" + routine.id();
    }

    @GetMapping("/routines/{id}")
    String show(@PathVariable String id, Model model, Locale locale) {
        RoutineView routine = routines.view(id, locale);
        model.addAttribute("routine", routine);
        if (routine.stopped()) {
            model.addAttribute("emergencyNumber", emergencyNumbers.of(locale));
            return "routine/stop";
        }
        model.addAttribute("newestVersion", versions.newest(id).orElse(null));
        List<BodyArea> areas = routines.areas(id).stream().map(catalogs.translation(locale)::area).toList();
        model.addAttribute("goingWith", catalogs.in(locale).goingWith(areas.stream().map(BodyArea::slug).toList()));
        model.addAttribute("whyWith", areas.stream().filter(area -> !area.goesWith().isEmpty()).map(BodyArea::whyWith).toList());
        model.addAttribute("bodyMap", BodyMap.INSTANCE);
        return "routine/show";
    }

    private String showForm(RoutineForm form, Model model, Locale locale) {
        Catalog inLanguage = catalogs.in(locale);
        List<Tool> tools = inLanguage.tools();
        model.addAttribute("routineForm", form);
        model.addAttribute("areas", inLanguage.areas());
        model.addAttribute("bodyMap", BodyMap.INSTANCE);
        model.addAttribute("ownTools", tools.stream().filter(tool -> !tool.alwaysAvailable()).toList());
        model.addAttribute("householdTools", tools.stream().filter(Tool::alwaysAvailable).toList());
        model.addAttribute("safety", safety.in(locale));
        model.addAttribute("performers", List.of(Performer.SELF, Performer.PARTNER));
        model.addAttribute("limits", RoutineForm.Limits.INSTANCE);
        model.addAttribute("fieldOrder", RoutineForm.FIELDS);
        model.addAttribute("pageScripts", List.of("/js/form.js"));
        return FORM;
    }
}
