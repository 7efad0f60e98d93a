package app.unknot.progress;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Deleting a routine through the JSON API; {@link DeleteController} is its page. */
@RestController
class DeleteApiController {

    private final ProgressService progress;

    DeleteApiController(ProgressService progress) {
        this.progress = progress;
    }

    /** The routine and everything logged against it, gone for good. */
    @DeleteMapping("/api/routines/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        progress.delete(id);
        return ResponseEntity.noContent().build();
    }
}
