package app.unknot.progress;

import app.unknot.routine.RoutineView;
import app.unknot.system.PublicUrl;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A routine's reminder: a repeating event on the days and at the time the person picks, as an
 * RFC 5545 file made with biweekly. The time is floating (18:00 wherever the calendar is), as a
 * reminder should be.
 */
final class ReminderCalendar {

    private final PublicUrl publicUrl;
    private final MessageSource messages;
    private final Clock clock = Clock.systemDefaultZone();

    ReminderCalendar(PublicUrl publicUrl, MessageSource messages) {
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    /** The file; the first event is on the first of the days from today on. */
    byte[] ics(RoutineView routine, List<DayOfWeek> days, LocalTime at, Locale locale) {
        return Biweekly.write(calendar(routine, days, at, locale)).go().getBytes(StandardCharsets.UTF_8);
    }

    private ICalendar calendar(RoutineView routine, List<DayOfWeek> days, LocalTime at, Locale locale) {
        String url = publicUrl.of("/routines/{id}", routine.id());
        LocalDate first = LocalDate.now(clock);
        while (!days.contains(first.getDayOfWeek())) {
            first = first.plusDays(1);
        }
        var event = new VEvent();
        event.setUid(routine.id() + "@unknot");
        event.setSummary(messages.getMessage("reminder.summary", new Object[] {String.join(", ", routine.areaNames())}, locale));
        event.setDescription(messages.getMessage("reminder.description", new Object[] {url}, locale));
        event.setUrl(url);
        DateStart start = new DateStart(Date.from(LocalDateTime.of(first, at).atZone(ZoneId.systemDefault()).toInstant()), true);
        event.setDateStart(start);
        event.setDuration(Duration.builder().minutes(Math.max(1, Math.round(routine.totalSeconds() / 60f))).build());
        var rule = new Recurrence.Builder(Frequency.WEEKLY);
        days.forEach(dayOfWeek -> rule.byDay(biweekly.util.DayOfWeek.valueOfAbbr(dayOfWeek.name().substring(0, 2))));
        event.setRecurrenceRule(rule.build());
        event.addAlarm(VAlarm.display(new Trigger(Duration.builder().minutes(0).build(), Related.START),
            messages.getMessage("reminder.alarm", null, locale)));
        var calendar = new ICalendar();
        calendar.setProductId("-//Unknot//Routine reminder//EN");
        calendar.addEvent(event);
        calendar.getTimezoneInfo().setFloating(start, true);
        return calendar;
    }
}
