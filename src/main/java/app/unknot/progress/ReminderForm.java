package app.unknot.progress;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The reminder form's answers as its GET sends them: days by name ({@code day=monday}) and a time
 * ({@code 18:30}). Anything that is not a day of the week is not one, and a time that does not read
 * as one is none; {@link #check} says what is missing. Public for binding.
 */
public class ReminderForm {

    /** The time the form offers before anyone has answered. */
    private static final String DEFAULT_TIME = "18:00";

    private List<String> day = new ArrayList<>();

    private String time;

    /** The days of the week asked for, in week order. */
    List<DayOfWeek> days() {
        return Arrays.stream(DayOfWeek.values()).filter(dayOfWeek -> day.contains(name(dayOfWeek))).toList();
    }

    /** The time asked for, if it reads as one. */
    Optional<LocalTime> at() {
        try {
            return time == null ? Optional.empty() : Optional.of(LocalTime.parse(time));
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** A day or a time missing: errors on those fields, which the form shows again. */
    void check(Errors errors) {
        if (days().isEmpty()) {
            errors.rejectValue("day", "NoDay");
        }
        if (at().isEmpty()) {
            errors.rejectValue("time", "NotATime");
        }
    }

    /** What the time box shows: the default before any answer, nothing for one that is no time. */
    String shownTime() {
        return time == null ? DEFAULT_TIME : at().isPresent() ? time : "";
    }

    /** A day as the form names it: {@code monday}. */
    static String name(DayOfWeek dayOfWeek) {
        return dayOfWeek.name().toLowerCase(Locale.ROOT);
    }

    public List<String> getDay() {
        return day;
    }

    public void setDay(List<String> day) {
        this.day = day == null ? new ArrayList<>() : day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
