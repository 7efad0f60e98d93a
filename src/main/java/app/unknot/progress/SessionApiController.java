package app.unknot.progress;

import app.unknot.system.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private static final Pattern SIZE_NUMBER = Pattern.compile("[0-9]{1,4}");

    private final ProgressService progress;

    SessionApiController(ProgressService progress) {
        this.progress = progress;
    }

    @Operation(description = "Logs a session. With clientId (a UUID the device makes once per session) a repeat is "
        + "harmless: the same clientId on the same routine stores nothing, counts against no cap, and answers 200 with the "
        + "session stored the first time instead of 201. doneAt, when the device says it was done, is kept if it is no "
        + "more than 5 minutes ahead and no more than 7 days old; otherwise the time it arrives.")
    @ApiResponse(responseCode = "201", description = "Created: the session as stored")
    @ApiResponse(responseCode = "200", description = "Sent before with this clientId: the session stored then, unchanged")
    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Session> log(@PathVariable String id, @Valid @RequestBody SessionForm sessionForm, Locale locale) {
        ProgressService.Logged logged = progress.log(progress.routine(id, locale), sessionForm);
        if (!logged.isNew()) {
            return ResponseEntity.ok(logged.session());
        }
        return ResponseEntity.created(URI.create("/api/routines/" + id + "/sessions")).body(logged.session());
    }

    /**
     * {@code ?page=N} from 1 (the newest), {@code ?size=N} up to {@value #MAX_SIZE}. Past the last page
     * the list is empty, so a client that reads on until then stops, as with the techniques.
     */
    @GetMapping("/sessions")
    ResponseEntity<List<Session>> sessions(@PathVariable String id, @RequestParam(required = false) String page,
                                           @RequestParam(required = false) String size) {
        Page<Session> shown = ProgressController.page(progress, id, page, size(size));
        return ResponseEntity.ok().header(TOTAL, String.valueOf(shown.getTotalElements()))
            .header(HttpHeaders.LINK, links(id, shown)).body(shown.getContent());
    }

    /** @throws InvalidParameterException ({@code size}) for anything but a whole number from 1 to {@value #MAX_SIZE} */
    private static int size(String size) {
        if (size == null || size.isBlank()) {
            return SIZE;
        }
        int asked = SIZE_NUMBER.matcher(size.strip()).matches() ? Integer.parseInt(size.strip()) : 0;
        if (asked < 1 || asked > MAX_SIZE) {
            throw new InvalidParameterException("size", MAX_SIZE);
        }
        return asked;
    }

    /** RFC 8288: first and last, and prev and next where there are such pages; past the end, prev is the last. */
    private static String links(String id, Page<Session> shown) {
        int number = shown.getNumber() + 1;
        int last = Math.max(1, shown.getTotalPages());
        Map<String, Integer> links = new LinkedHashMap<>();
        links.put("first", 1);
        if (number > 1) {
            links.put("prev", Math.min(number - 1, last));
        }
        if (number < last) {
            links.put("next", number + 1);
        }
        links.put("last", last);
        return links.entrySet().stream().map(link -> "</api/routines/%s/sessions?page=%d&size=%d>; rel=\"%s\""
            .formatted(id, link.getValue(), shown.getSize(), link.getKey())).collect(Collectors.joining(", "));
    }
}
