package app.unknot.system;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the JSON API, including Spring MVC's own errors (malformed JSON,
 * wrong types, failed validation), each naming the field at fault, so an API client never gets an
 * HTML page, a stack trace or parser internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

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
