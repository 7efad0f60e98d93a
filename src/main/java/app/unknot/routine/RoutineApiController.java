package app.unknot.routine;

import app.unknot.catalog.Catalog;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routines as JSON: build and save one, read one back, delete one. The body is the builder form's fields. */
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

    @PostMapping
    ResponseEntity<RoutineJson> create(@Valid @RequestBody RoutineForm routineForm, Locale locale) {
        RoutineView routine = routines.create(routineForm.toRequest(), locale);
        return ResponseEntity.created(URI.create("/routines/" + routine.id())).body(RoutineJson.of(routine));
    }

    @GetMapping("/{id}")
    RoutineJson get(@PathVariable String id, Locale locale) {
        return RoutineJson.of(routines.view(id, locale));
    }

    /** The routine and everything logged against it, gone for good. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        routines.delete(id);
        return ResponseEntity.noContent().build();
    }
}
