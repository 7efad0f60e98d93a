package app.unknot.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generated bodies for {@code POST /api/routines}, written as text so they can be anything: the
 * valid request with fields swapped for values of the wrong type, huge or deeply nested ones, and
 * bodies that are not the documented shape or not JSON at all.
 */
final class JsonBodies {

    private static final List<String> NOT_A_ROUTINE = List.of("", " ", "null", "true", "42", "\"lower-back\"", "[]", "{}",
        "[{}]", "{", "}", "{\"areas\":", "{\"areas\":[\"lower-back\"]", "<routine/>", "areas=lower-back&painLevel=3",
        "{'areas':['lower-back']}", "{\"areas\":[\"lower-back\"],}", "{\"painLevel\":NaN}", "{\"painLevel\":Infinity}",
        "{\"painLevel\":0x10}", "{\"painLevel\":01}", "/* comment */ {}", "\uFEFF{}", "{} trailing", "{\"a\":1}{\"b\":2}",
        "\u0000", "{\"areas\":[\"lower-back\"]} \u0000");

    private final Random random;
    private final List<String> corpus;

    JsonBodies(long seed, List<String> corpus) {
        this.random = new Random(seed);
        this.corpus = corpus;
    }

    /** The valid request with one to three fields (or unknown ones) replaced by random JSON. */
    String mutated() {
        Map<String, String> fields = new LinkedHashMap<>();
        RoutineBodies.valid().forEach((name, value) -> fields.put(name, RoutineBodies.JSON.writeValueAsString(value)));
        List<String> names = new ArrayList<>(fields.keySet());
        names.add("unknown");
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(8) == 0) {
                fields.remove(name);
            }
            else {
                fields.put(name, value(0));
            }
        }
        return fields.entrySet().stream().map(e -> string(e.getKey()) + ":" + e.getValue())
            .collect(Collectors.joining(",", "{", "}"));
    }

    /** The valid request with one field set to this value. */
    static String withField(String field, Object value) {
        Map<String, Object> body = RoutineBodies.valid();
        body.put(field, value);
        return RoutineBodies.JSON.writeValueAsString(body);
    }

    /** Something that is not a routine request: not JSON, the wrong JSON, or absurdly deep. */
    String notARoutine(int index) {
        if (index < NOT_A_ROUTINE.size()) {
            return NOT_A_ROUTINE.get(index);
        }
        return switch (random.nextInt(4)) {
            case 0 -> nested(500 + random.nextInt(5_000), "[", "]");
            case 1 -> nested(500 + random.nextInt(3_000), "{\"areas\":", "}");
            case 2 -> corpus.get(random.nextInt(corpus.size()));
            default -> value(0);
        };
    }

    private String value(int depth) {
        return switch (random.nextInt(depth > 2 ? 7 : 12)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> List.of("-1", "0", "5", "60", "61", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
                "1e400", "-1e400", "99999999999999999999999999999").get(random.nextInt(12));
            case 3 -> List.of("1.5", "15.0", "-0.0", "1e2", "0.0000001").get(random.nextInt(5));
            case 4, 5, 6 -> string(corpus.get(random.nextInt(corpus.size())));
            case 7 -> IntStream.range(0, random.nextInt(5)).mapToObj(i -> value(depth + 1)).collect(Collectors.joining(",", "[", "]"));
            case 8 -> IntStream.range(0, 21 + random.nextInt(80)).mapToObj(i -> string("lower-back")).collect(Collectors.joining(",", "[", "]"));
            case 9 -> "{" + string(corpus.get(random.nextInt(corpus.size()))) + ":" + value(depth + 1) + "}";
            case 10 -> IntStream.range(0, random.nextBoolean() ? 3_000 : 6_000).mapToObj(i -> string("lower-back"))
                .collect(Collectors.joining(",", "[", "]"));
            default -> nested(200 + random.nextInt(3_000), "[", "]");
        };
    }

    private static String nested(int depth, String open, String close) {
        return open.repeat(depth) + close.repeat(depth);
    }

    private static String string(String text) {
        return RoutineBodies.JSON.writeValueAsString(text);
    }
}
