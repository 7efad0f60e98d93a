package app.unknot.routine;

import app.unknot.system.InvalidParameterException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routines as JSON: build and save one, read one back. */
@RestController
@RequestMapping("/api/routines")
class RoutineApiController {

    private final Routines routines;
    private final RoutineViews views;
    private final MessageSource messages;

    RoutineApiController(Routines routines, RoutineViews views, MessageSource messages) {
        this.routines = routines;
        this.views = views;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<RoutineJson> create(@Valid @RequestBody RoutineApiRequest body, Locale locale) {
        RoutineRequest request = body.toRequest();
        routines.problems(request).stream().findFirst().ifPresent(problem -> {
            String message = messages.getMessage(problem.code() + ".routineForm." + problem.field(),
                null, problem.code(), locale);
            throw new InvalidParameterException(problem.field(), message);
        });
        Routine routine = routines.create(request);
        return ResponseEntity.created(URI.create("/routines/" + routine.id()))
            .body(RoutineJson.of(views.of(routine, locale)));
    }

    @GetMapping("/{id}")
    RoutineJson get(@PathVariable String id, Locale locale) {
        return RoutineJson.of(views.find(id, locale));
    }
}
