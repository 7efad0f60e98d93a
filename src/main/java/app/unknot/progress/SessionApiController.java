package app.unknot.progress;

import app.unknot.system.InvalidParameterException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions as JSON: log one, list them newest first a page at a time. A page is a plain list, as
 * before there were pages; {@code Link} (RFC 8288: next, prev, first, last) and {@code X-Total-Count}
 * say where the others are and how many there are.
 */
@RestController
@RequestMapping("/api/routines/{id}")
class SessionApiController {

    /** Sessions per page unless {@code size} says otherwise, and the most it may say. */
    static final int SIZE = 50;
    static final int MAX_SIZE = 200;
    static final String TOTAL = "X-Total-Count";

    private final ProgressService progress;

    SessionApiController(ProgressService progress) {
        this.progress = progress;
    }

    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Session> log(@PathVariable String id, @Valid @RequestBody SessionForm sessionForm, Locale locale) {
        Session session = progress.log(progress.routine(id, locale), sessionForm);
        return ResponseEntity.created(URI.create("/api/routines/" + id + "/sessions")).body(session);
    }

    /** {@code ?page=N} from 1 (the newest), {@code ?size=N} up to {@value #MAX_SIZE}. */
    @GetMapping("/sessions")
    ResponseEntity<List<Session>> sessions(@PathVariable String id, @RequestParam(required = false) String page,
                                           @RequestParam(required = false) String size) {
        int perPage = size == null ? SIZE : ProgressController.number(size);
        if (perPage < 1 || perPage > MAX_SIZE) {
            throw new InvalidParameterException("size", MAX_SIZE);
        }
        Page<Session> shown = ProgressController.page(progress, id, page, perPage);
        return ResponseEntity.ok().header(TOTAL, String.valueOf(shown.getTotalElements()))
            .header(HttpHeaders.LINK, links(id, shown).toArray(String[]::new)).body(shown.getContent());
    }

    private static List<String> links(String id, Page<Session> shown) {
        int number = shown.getNumber() + 1;
        int last = Math.max(1, shown.getTotalPages());
        List<String> links = new ArrayList<>();
        links.add(link(id, 1, shown.getSize(), "first"));
        if (number > 1) {
            links.add(link(id, number - 1, shown.getSize(), "prev"));
        }
        if (number < last) {
            links.add(link(id, number + 1, shown.getSize(), "next"));
        }
        links.add(link(id, last, shown.getSize(), "last"));
        return links;
    }

    private static String link(String id, int page, int size, String relation) {
        return "</api/routines/%s/sessions?page=%d&size=%d>; rel=\"%s\"".formatted(id, page, size, relation);
    }
}
