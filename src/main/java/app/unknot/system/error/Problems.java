package app.unknot.system.error;

import app.unknot.system.ExplainedException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details for the JSON API, worded from messages.properties: a title and detail
 * by status ({@code problem.title.404}, {@code problem.detail.404}), or by field for invalid input.
 * Only the status, the fields at fault and, for a 5xx, the request id are ever shown.
 */
final class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem that says only what kind of failure it was, and the id to quote for a 5xx. */
    ProblemDetail of(HttpStatus status, String requestId, Locale locale) {
        int code = status.is5xxServerError() ? 500 : status.value();
        String detail = messages.getMessage("problem.detail." + code, null, messages.getMessage("problem.detail.4xx", null, locale), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + code, null, status.getReasonPhrase(), locale));
        if (status.is5xxServerError() && requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** A 404, 409 or 429 whose detail is the exception's message: what was not found, why it cannot be done, or why not now. */
    ProblemDetail explained(HttpStatus status, ExplainedException ex, Locale locale) {
        ProblemDetail problem = of(status, null, locale);
        problem.setDetail(messages.getMessage(ex.getMessageCode(), null, locale));
        return problem;
    }

    /**
     * A 400 naming the first field at fault as {@code parameter}, with every field's message in
     * {@code errors} and all of them in the detail.
     */
    ProblemDetail invalid(String field, Map<String, String> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
            errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        problem.setTitle(messages.getMessage("problem.title.invalid", null, locale));
        problem.setProperty("parameter", field);
        problem.setProperty("errors", errors);
        return problem;
    }

    String message(String code, Object[] arguments, Locale locale) {
        return messages.getMessage(code, arguments, locale);
    }

    String message(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }
}
