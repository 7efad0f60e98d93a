package app.unknot.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them, in the app's one language: "1 December 2026". */
public final class Dates {

    private Dates() {
    }

    public static String of(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at.atZone(ZoneId.systemDefault()));
    }
}
