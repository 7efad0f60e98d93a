package app.unknot.system.error;

import app.unknot.system.BusyException;
import app.unknot.system.ConflictException;
import app.unknot.system.InvalidParameterException;
import app.unknot.system.NotFoundException;
import app.unknot.system.web.BodyTooLargeException;
import app.unknot.system.web.BodyTooSlowException;
import app.unknot.system.web.RequestId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Problem details for every error of the JSON API, including Spring MVC's own (malformed JSON,
 * wrong types, failed validation), each naming the field at fault, so an API client never gets an
 * HTML page, a stack trace or parser internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** The error code of a field naming something a safety rule rules out (routine's RequestProblem.RULED_OUT). */
    private static final String RULED_OUT = "ruledOut";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(MessageSource messages) {
        this.problems = new Problems(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex, Locale locale) {
        return problems.explained(HttpStatus.NOT_FOUND, ex, locale);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex, Locale locale) {
        return problems.explained(HttpStatus.CONFLICT, ex, locale);
    }

    /** Too much at once (a client over its rate limit): a 429 saying why, and when to come back in Retry-After. */
    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException ex, Locale locale) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.getRetryAfterSeconds()))
            .body(problems.explained(HttpStatus.TOO_MANY_REQUESTS, ex, locale));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail badParameter(InvalidParameterException ex, Locale locale) {
        String message = problems.message(ex.getMessageCode(), ex.getArguments(), locale);
        return problems.invalid(ex.getParameter(), Map.of(ex.getParameter(), message), locale);
    }

    /** Anything unexpected: logged with the request id, answered with that id and nothing else. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, WebRequest request, Locale locale) {
        String requestId = request instanceof ServletWebRequest servlet ? RequestId.of(servlet.getRequest()) : null;
        log.error("Unhandled error in {} (request id {})", request.getDescription(false), requestId, ex);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, requestId, locale);
    }

    /** Field errors worded from messages.properties, as the builder form shows them. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex.getBindingResult());
    }

    /** Checks a controller makes after binding (a therapist's steps against the person's answers) answer as binding does. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> invalidAfterBinding(BindException ex) {
        return invalid(ex.getBindingResult());
    }

    /**
     * A 400 naming every field at fault; a field refused because a safety rule rules out what it names
     * ({@value #RULED_OUT}, with the rule's slug as its last message argument) is listed under
     * {@code rules} too, so a client can tell which rule.
     */
    private ResponseEntity<Object> invalid(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> fieldErrors = result.getFieldErrors();
        Map<String, String> errors = new TreeMap<>();
        Map<String, Object> rules = new TreeMap<>();
        for (FieldError error : fieldErrors) {
            errors.putIfAbsent(topField(error), problems.message(error, locale));
            Object[] arguments = error.getArguments();
            if (RULED_OUT.equals(error.getCode()) && arguments != null && arguments.length > 0) {
                rules.putIfAbsent(topField(error), arguments[arguments.length - 1]);
            }
        }
        String first = fieldErrors.stream().findFirst().map(ApiExceptionHandler::topField).orElse("body");
        ProblemDetail problem = problems.invalid(first, errors, locale);
        if (!rules.isEmpty()) {
            problem.setProperty("rules", rules);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (causedBy(ex, BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problems.of(HttpStatus.CONTENT_TOO_LARGE, null, locale));
        }
        if (causedBy(ex, BodyTooSlowException.class)) {
            // Tomcat closes the connection after a 408 rather than wait for the rest of the body.
            return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT)
                .body(problems.of(HttpStatus.REQUEST_TIMEOUT, null, locale));
        }
        String field = ex.getCause() instanceof JacksonException json ? field(json.getPath()) : "body";
        String code = field.equals("body") ? "problem.body"
            : ex.getCause() instanceof UnrecognizedPropertyException ? "problem.unknownField" : "problem.wrongType";
        String message = problems.message(code, null, locale);
        return ResponseEntity.badRequest().body(problems.invalid(field, Map.of(field, message), locale));
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** "areas[3]" and "areas" are the same field to a client; "steps[2].technique" is one step's. */
    private static String topField(FieldError error) {
        return error.getField().replaceFirst("\\[[^\\]]*\\]$", "");
    }

    /** The JSON path as the API names fields: "steps[2].seconds"; a plain list's entry is the list, "areas". */
    private static String field(List<JacksonException.Reference> path) {
        var field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0 && !field.isEmpty()) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString().replaceFirst("\\[[^\\]]*\\]$", "");
    }
}
