package app.unknot.progress;

import app.unknot.routine.RoutineJson;
import app.unknot.routine.RoutineView;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A routine made again without what hurt, through the JSON API; {@link AgainController} is its page. */
@RestController
class AgainApiController {

    private final ProgressService progress;

    AgainApiController(ProgressService progress) {
        this.progress = progress;
    }

    @PostMapping("/api/routines/{id}/again")
    ResponseEntity<RoutineJson> again(@PathVariable String id, Locale locale) {
        RoutineView again = progress.again(id, locale);
        return ResponseEntity.created(URI.create("/routines/" + again.id())).body(RoutineJson.of(again));
    }
}
