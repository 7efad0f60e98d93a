package app.unknot.system;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the JSON API, including Spring MVC's own errors (malformed JSON,
 * wrong types, failed validation), each naming the field at fault, so an API client never gets an
 * HTML page, a stack trace or parser internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail badParameter(InvalidParameterException ex) {
        return invalid(ex.getParameter(), Map.of(ex.getParameter(), ex.getMessage()));
    }

    /** Anything unexpected: logged with the request id, answered with that id and nothing else. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, WebRequest request) {
        String requestId = request instanceof ServletWebRequest servlet ? RequestId.of(servlet.getRequest()) : null;
        log.error("Unhandled error in {} (request id {})", request.getDescription(false), requestId, ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, requestId);
    }

    /** A problem that says only what kind of failure it was, and the id to quote for a 5xx. */
    static ProblemDetail problem(HttpStatus status, String requestId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailFor(status));
        problem.setTitle(status.getReasonPhrase());
        if (status.is5xxServerError() && requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    private static String detailFor(HttpStatus status) {
        if (status.is5xxServerError()) {
            return "Something went wrong on our side. Quote the request id if you report it.";
        }
        return switch (status.value()) {
            case 404 -> "Nothing exists at this address.";
            case 413 -> "The request is too large.";
            default -> "The request could not be accepted.";
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = ex.getBindingResult().getFieldErrors().stream()
            .collect(Collectors.toMap(ApiExceptionHandler::topField, ApiExceptionHandler::describe, (a, b) -> a, TreeMap::new));
        String first = ex.getBindingResult().getFieldErrors().stream().findFirst()
            .map(ApiExceptionHandler::topField).orElse("body");
        return ResponseEntity.badRequest().body(invalid(first, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, SizeLimitedRequest.BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE, null));
        }
        String field = ex.getCause() instanceof JacksonException json ? field(json.getPath()) : "body";
        String message = field.equals("body")
            ? "The body must be a JSON object in the documented shape."
            : "This field has the wrong type or shape.";
        return ResponseEntity.badRequest().body(invalid(field, Map.of(field, message)));
    }

    private static ProblemDetail invalid(String field, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("parameter", field);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** "areas[3]" and "areas" are the same field to a client. */
    private static String topField(FieldError error) {
        return error.getField().replaceAll("\\[.*$", "");
    }

    /** Bean Validation's own wording ("must be less than or equal to 60"): clear, and never the input. */
    private static String describe(FieldError error) {
        return error.getDefaultMessage();
    }

    private static String field(List<JacksonException.Reference> path) {
        return path.stream().map(JacksonException.Reference::getPropertyName)
            .filter(name -> name != null).findFirst().orElse("body");
    }
}
