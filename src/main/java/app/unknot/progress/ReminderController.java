package app.unknot.progress;

import app.unknot.routine.RoutineService;
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
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Add it to my calendar": a repeating event on the days and at the time the person picks, as an
 * RFC 5545 file made with biweekly. The time is floating (18:00 wherever the calendar is), as a
 * reminder should be.
 */
@Controller
class ReminderController {

    private static final String DEFAULT_TIME = "18:00";

    private final RoutineService routines;
    private final PublicUrl publicUrl;
    private final MessageSource messages;
    private final Clock clock = Clock.systemDefaultZone();

    ReminderController(RoutineService routines, PublicUrl publicUrl, MessageSource messages) {
        this.routines = routines;
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    @GetMapping("/routines/{id}/reminder")
    String form(@PathVariable String id, Locale locale, ModelMap model) {
        return showForm(routines.view(id, locale).withSteps(), List.of(), DEFAULT_TIME, false, false, locale, model);
    }

    @GetMapping("/routines/{id}/reminder.ics")
    ResponseEntity<String> calendar(@PathVariable String id, @RequestParam(name = "day", required = false) List<String> day,
                                    @RequestParam(required = false) String time, Locale locale) {
        RoutineView routine = routines.view(id, locale).withSteps();
        List<DayOfWeek> days = days(day);
        LocalTime at = time(time);
        if (days.isEmpty() || at == null) {
            throw new Unusable(routine, days, time, days.isEmpty(), at == null);
        }
        String ics = Biweekly.write(calendar(routine, days, at, locale)).go();
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("unknot-routine.ics").build().toString())
            .body(ics);
    }

    /** No day, or no time that reads as one: the form again, with every answer kept and what to fix. */
    @ExceptionHandler
    ModelAndView unusable(Unusable asked, Locale locale) {
        var page = new ModelAndView();
        page.setViewName(showForm(asked.routine(), asked.days(), asked.time(), asked.noDay(), asked.badTime(), locale,
            page.getModelMap()));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    /** The answers of a reminder form that cannot make a calendar. */
    private static final class Unusable extends RuntimeException {

        private final transient RoutineView routine;
        private final transient List<DayOfWeek> days;
        private final String time;
        private final boolean noDay;
        private final boolean badTime;

        Unusable(RoutineView routine, List<DayOfWeek> days, String time, boolean noDay, boolean badTime) {
            super("no day or no time for a reminder", null, false, false);
            this.routine = routine;
            this.days = days;
            this.time = time;
            this.noDay = noDay;
            this.badTime = badTime;
        }

        RoutineView routine() {
            return routine;
        }

        List<DayOfWeek> days() {
            return days;
        }

        String time() {
            return time;
        }

        boolean noDay() {
            return noDay;
        }

        boolean badTime() {
            return badTime;
        }
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

    private static String showForm(RoutineView routine, List<DayOfWeek> chosen, String time, boolean noDay, boolean badTime,
                                   Locale locale, ModelMap model) {
        model.addAttribute("routine", routine);
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
            .map(day -> new Day(day.name().toLowerCase(Locale.ROOT), day.getDisplayName(TextStyle.FULL, locale), chosen.contains(day)))
            .toList());
        model.addAttribute("time", time == null ? DEFAULT_TIME : time(time) == null ? "" : time);
        model.addAttribute("noDay", noDay);
        model.addAttribute("badTime", badTime);
        return "progress/reminder";
    }

    /** The days asked for; anything that is not a day of the week is not one. */
    private static List<DayOfWeek> days(List<String> asked) {
        return asked == null ? List.of() : Arrays.stream(DayOfWeek.values())
            .filter(day -> asked.contains(day.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static LocalTime time(String asked) {
        try {
            return asked == null ? null : LocalTime.parse(asked);
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** A day of the week as a checkbox. Public for the template. */
    public record Day(String value, String name, boolean chosen) {
    }
}
