package app.unknot.routine;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Routine ids: 128 random bits, URL-safe, so a routine's address cannot be guessed from another's. */
final class RoutineIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private RoutineIds() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a routine id at all, so junk never reaches the database. */
    static boolean wellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
