package app.unknot.fuzz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The promises every answer to a hostile request keeps: an expected status (never a 5xx), no
 * internals (exception names, stack frames, framework packages), nothing a template expression
 * would print if it had been evaluated, and in HTML no markup of the input reflected unescaped.
 * Failures are collected, so one run shows every broken input, not just the first.
 */
final class ResponseChecks {

    /** Generated inputs tried by all fuzz tests in this JVM. */
    static final AtomicInteger TRIED = new AtomicInteger();

    private static final List<String> INTERNALS = List.of("Exception", "at app.unknot", "org.springframework",
        "org.thymeleaf", "org.hibernate", "org.apache", "java.lang", "jakarta.", "Whitelabel", "Stacktrace",
        HostileInputs.EVALUATED);
    private static final Pattern STACK_FRAME = Pattern.compile("\\tat [\\w.$]+\\(");
    private static final int MAX_REPORTED = 15;

    private final List<String> failures = new ArrayList<>();

    /** Checks one answer to one input, remembering what was wrong. */
    void check(String request, String input, int status, String contentType, String body, Collection<Integer> expected) {
        TRIED.incrementAndGet();
        List<String> problems = new ArrayList<>();
        if (!expected.contains(status)) {
            problems.add("status " + status + ", expected one of " + expected);
        }
        INTERNALS.stream().filter(body::contains).forEach(internal -> problems.add("body shows \"" + internal + "\""));
        if (STACK_FRAME.matcher(body).find()) {
            problems.add("body has a stack frame");
        }
        if (contentType != null && contentType.startsWith("text/html") && isMarkup(input) && body.contains(input)) {
            problems.add("input reflected unescaped in HTML");
        }
        if (!problems.isEmpty() && failures.size() < MAX_REPORTED) {
            failures.add(request + " with " + printable(input) + ": " + String.join("; ", problems));
        }
    }

    List<String> failures() {
        return failures;
    }

    static Set<Integer> statuses(Integer... statuses) {
        return Set.of(statuses);
    }

    /** Input that would be live markup if reflected raw, and long enough not to occur in a page by chance. */
    private static boolean isMarkup(String input) {
        return (input.contains("<") || input.contains("\"")) && (input.length() >= 12 || input.contains("alert("));
    }

    private static String printable(String input) {
        String shown = input.length() > 80 ? input.substring(0, 80) + "...(" + input.length() + " chars)" : input;
        var escaped = new StringBuilder("\"");
        shown.codePoints().forEach(c -> escaped.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
            ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return escaped.append('"').toString();
    }
}
