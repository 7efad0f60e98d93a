package app.unknot.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * Log messages with the ids of routines and sessions cut to their first four characters: an id is
 * the only key to someone's health notes, and logs are read by more people, and kept longer, than
 * the database. Four characters still tell one routine's lines from another's. Wired in as
 * {@code %m} by {@code logback-spring.xml}.
 */
public class MaskedIds extends MessageConverter {

    private static final Pattern ID_IN_PATH = Pattern.compile("(?<=/(routines|sessions)/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]{18}(?![A-Za-z0-9_-])");

    @Override
    public String convert(ILoggingEvent event) {
        return masked(super.convert(event));
    }

    static String masked(String message) {
        return message == null ? null : ID_IN_PATH.matcher(message).replaceAll("$2…");
    }
}
