package app.unknot.system.error;

import app.unknot.system.web.RequestId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the container dispatches (unknown addresses, refused requests, unhandled
 * exceptions) by where the request went, not by its Accept header: {@code /api/**} gets problem
 * JSON, everything else a page in the app's layout. Boot's own error controller negotiates, and
 * with {@code Accept: *}{@code /*} after a page failed mid-render it picked JSON for a response
 * already typed text/html and ended in an empty 500. Only the status and the request id are shown.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(MessageSource messages) {
        this.problems = new Problems(messages);
    }

    @RequestMapping
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = statusOf(request);
        String requestId = RequestId.of(request);
        if (isApi(request)) {
            ProblemDetail problem = problems.of(status, requestId, locale);
            // The address asked for, not this controller's (Spring fills in the current one, /error).
            problem.setInstance(asked(request));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return new ModelAndView(viewFor(status), Map.of("requestId", requestId == null ? "" : requestId), status);
    }

    /** Asked for directly, without an error to show, the error page is just an unknown address. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = askedPath(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String askedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String value ? value.substring(request.getContextPath().length()) : "";
    }

    /** The address that failed as a URI, its odd characters escaped; the API's root if even that fails. */
    private static URI asked(HttpServletRequest request) {
        try {
            return new URI(null, null, askedPath(request), null);
        }
        catch (URISyntaxException unreadable) {
            return URI.create("/api");
        }
    }

    private static String viewFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "error/400";
            case FORBIDDEN -> "error/403";
            case NOT_FOUND -> "error/404";
            default -> status.is5xxServerError() ? "error/500" : "error/error";
        };
    }
}
