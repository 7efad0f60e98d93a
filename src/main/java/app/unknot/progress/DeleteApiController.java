package app.unknot.progress;

import app.unknot.routine.RoutineService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Deleting a routine through the JSON API; {@link DeleteController} is its page. */
@RestController
class DeleteApiController {

    private final RoutineService routines;

    DeleteApiController(RoutineService routines) {
        this.routines = routines;
    }

    /** The routine and everything logged against it, gone for good. */
    @DeleteMapping("/api/routines/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        routines.delete(id);
        return ResponseEntity.noContent().build();
    }
}
