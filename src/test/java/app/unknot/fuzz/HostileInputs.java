package app.unknot.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Values a visitor or a client might send: hand-picked hostile ones (markup, quotes, template
 * expressions, path tricks, extreme numbers, odd unicode, very long text) followed by seeded random
 * strings mixing all of those, so a failure can be replayed with the same seed.
 */
final class HostileInputs {

    /** What a template expression below would print if anything ever evaluated it. */
    static final String EVALUATED = "7777777";

    static final List<String> PICKED = List.of(
        "", " ", "\t", "\n", "lower-back", "foam-roller", "stretch", "self", "partner", "fever", "fracture",
        "LOWER-BACK", " lower-back ", "lower_back", "lower-back,neck", "lower-back\u0000",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)' x='",
        "\" autofocus onfocus=\"alert(1)", "javascript:alert(1)", "<svg/onload=alert(1)>", "</title><script>alert(1)</script>",
        "&lt;b&gt;", "&#x3C;script&#x3E;", "<!--", "]]>", "<![CDATA[x]]>",
        "${3333333+4444444}", "*{3333333+4444444}", "#{3333333+4444444}", "@{//evil.example}", "__${3333333+4444444}__",
        "[[${3333333+4444444}]]", "[(${3333333+4444444})]", "${T(Math).addExact(3333333,4444444)}", "{{3333333+4444444}}",
        "%{3333333+4444444}", "~{fragments/layout :: layout}",
        "../../etc/passwd", "..\\..\\windows\\win.ini", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "/", "//", ".", "..", "./",
        "%00", "%", "%%", "%ZZ", "%u0000", "\\", "?", "#", "&", "=", ";", ";jsessionid=x", "a/b", "a?b=c", "a#b",
        "\r\nSet-Cookie: injected=1", "\r\n\r\n<h1>injected</h1>",
        "' OR '1'='1", "1; DROP TABLE technique; --", "%_%", "\\%", "_",
        "-1", "0", "1", "4", "5", "60", "61", "520", "521", "-2147483648", "2147483647", "2147483648", "-2147483649",
        "9223372036854775808", "99999999999999999999999999999999", "1e9", "1E400", "1.5", "-0", "+5", "0x10", "010",
        "NaN", "Infinity", "\u0663", " 7 ", "7 ", "1_000",
        "true", "false", "on", "yes", "null", "undefined", "[]", "{}",
        "x".repeat(100), "x".repeat(101), "x".repeat(10_000), "\u00e9".repeat(3_000), "<".repeat(5_000),
        "\uD83E\uDDD8", "\uD83D", "\uDE00", "\u202Egnp.exe", "\u200B", "e\u0301", "\uFEFF", "\uFFFD", "\u0085", "\u2028", "\u3000", "\u00a0", "\u001c",
        "\u4e2d\u6587", "\u05e2\u05d1\u05e8\u05d9\u05ea", "\u1d2c\u1d2e", "\uFF1Cscript\uFF1E");

    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";
    private static final String PUNCTUATION = "<>\"'&;/\\%{}$#*@[]()|=?!,.:_~`^+";
    private static final String CONTROL = "\t\n\r\u0000\u0007\u001b\u007f";
    private static final String[] UNICODE = {"\u00e9", "\u00fc", "\u00df", "\u4e2d", "\uD83D\uDE00", "\u202E", "\u200B",
        "\u0301", "\uFEFF", "\uFFFD", "\u0663", "\u2028", "\uFF1C", "\uD800"};

    private HostileInputs() {
    }

    /** The picked values, then random ones, {@code size} in all. */
    static List<String> corpus(long seed, int size) {
        var random = new Random(seed);
        List<String> values = new ArrayList<>(PICKED.subList(0, Math.min(size, PICKED.size())));
        while (values.size() < size) {
            values.add(randomString(random));
        }
        return values;
    }

    static String randomString(Random random) {
        int length = switch (random.nextInt(50)) {
            case 0 -> 1_000 + random.nextInt(5_000);
            case 1, 2, 3, 4 -> 120 + random.nextInt(880);
            default -> random.nextInt(random.nextBoolean() ? 16 : 120);
        };
        var text = new StringBuilder();
        while (text.length() < length) {
            int pool = random.nextInt(100);
            if (pool < 45) {
                text.append(pick(random, ALNUM));
            }
            else if (pool < 70) {
                text.append(pick(random, PUNCTUATION));
            }
            else if (pool < 77) {
                text.append(pick(random, CONTROL));
            }
            else if (pool < 92) {
                text.append(UNICODE[random.nextInt(UNICODE.length)]);
            }
            else {
                String picked = PICKED.get(random.nextInt(PICKED.size()));
                text.append(picked, 0, Math.min(40, picked.length()));
            }
        }
        return text.toString();
    }

    /** Some values of one parameter: none, one, or several (repeated parameters), some of them empty. */
    static List<String> someOf(Random random, List<String> corpus) {
        int count = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 25 + random.nextInt(30);
            default -> 1 + random.nextInt(4);
        };
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(corpus.get(random.nextInt(corpus.size())));
        }
        return values;
    }

    private static char pick(Random random, String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
