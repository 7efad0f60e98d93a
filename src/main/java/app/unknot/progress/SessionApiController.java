package app.unknot.progress;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sessions as JSON: log one, list them newest first. */
@RestController
@RequestMapping("/api/routines/{id}")
class SessionApiController {

    private final ProgressService progress;

    SessionApiController(ProgressService progress) {
        this.progress = progress;
    }

    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Session> log(@PathVariable String id, @Valid @RequestBody SessionForm sessionForm, Locale locale) {
        Session session = progress.log(progress.routine(id, locale), sessionForm);
        return ResponseEntity.created(URI.create("/api/routines/" + id + "/sessions")).body(session);
    }

    @GetMapping("/sessions")
    List<Session> sessions(@PathVariable String id) {
        return progress.sessions(id);
    }
}
