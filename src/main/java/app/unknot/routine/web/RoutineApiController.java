package app.unknot.routine.web;

import app.unknot.catalog.Catalog;
import app.unknot.routine.RoutineJson;
import app.unknot.routine.RoutineService;
import app.unknot.routine.RoutineView;
import app.unknot.routine.plan.RequestProblem;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routines as JSON: build and save one, read one back, save a therapist's version of one (deleting
 * one is in the progress module, with its page). A new routine's body is the builder form's fields,
 * a version's the adjust page's.
 */
@RestController
@RequestMapping("/api/routines")
class RoutineApiController {

    private final RoutineService routines;
    private final RoutineFormValidator validator;

    RoutineApiController(RoutineService routines, Catalog catalog) {
        this.routines = routines;
        this.validator = new RoutineFormValidator(catalog);
    }

    @InitBinder("routineForm")
    void bindForm(WebDataBinder binder) {
        validator.bind(binder);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoutineJson> create(@Valid @RequestBody RoutineForm routineForm, Locale locale) {
        RoutineView routine = routines.create(routineForm.toRequest(), locale);
        return ResponseEntity.created(URI.create("/routines/" + routine.id())).body(RoutineJson.of(routine));
    }

    /**
     * A therapist's version of the routine: its steps, times and notes as given, each screened with
     * the answers the routine was built from. The routine itself stays as it was.
     */
    @PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoutineJson> version(@PathVariable String id, @Valid @RequestBody AdjustmentForm adjustmentForm,
                                        Locale locale) throws BindException {
        List<RequestProblem> problems = routines.problems(id, adjustmentForm.chosenSteps());
        if (!problems.isEmpty()) {
            // As a binding error, so the problem details name each field as for the form's own checks.
            var errors = new BeanPropertyBindingResult(adjustmentForm, "adjustmentForm");
            problems.forEach(problem ->
                errors.rejectValue(problem.field(), problem.code(), problem.arguments().toArray(), null));
            throw new BindException(errors);
        }
        RoutineView version = routines.adjust(id, adjustmentForm.chosenSteps(), adjustmentForm.handout(), locale);
        return ResponseEntity.created(URI.create("/routines/" + version.id())).body(RoutineJson.of(version));
    }

    @GetMapping("/{id}")
    RoutineJson get(@PathVariable String id, Locale locale) {
        return RoutineJson.of(routines.view(id, locale));
    }
}
