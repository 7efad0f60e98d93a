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
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Add it to my calendar": a repeating event on the days and at the time the person picks, as an
 * RFC 5545 file made with biweekly. The time is floating (18:00 wherever the calendar is), as a
 * reminder should be.
 */
@Controller
class ReminderController {

    private static final String FORM = "progress/reminder";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ProgressService progress;
    private final PublicUrl publicUrl;
    private final MessageSource messages;
    private final Clock clock = Clock.systemDefaultZone();

    ReminderController(ProgressService progress, PublicUrl publicUrl, MessageSource messages) {
        this.progress = progress;
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    @InitBinder("reminderForm")
    void bindForm(WebDataBinder binder) {
        binder.setAllowedFields("day", "time");
    }

    @GetMapping("/routines/{id}/reminder")
    String form(@PathVariable String id, Locale locale, Model model) {
        return showForm(progress.routine(id, locale).withSteps(), new ReminderForm(), locale, model);
    }

    /** The calendar file; without a day or a time that reads as one, the form again with every answer kept. */
    @GetMapping("/routines/{id}/reminder.ics")
    String calendar(@PathVariable String id, ReminderForm reminderForm, BindingResult result, Locale locale, Model model,
                    HttpServletResponse response) throws IOException {
        RoutineView routine = progress.routine(id, locale).withSteps();
        reminderForm.check(result);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(routine, reminderForm, locale, model);
        }
        byte[] ics = Biweekly.write(calendar(routine, reminderForm.days(), reminderForm.at().orElseThrow(), locale)).go()
            .getBytes(StandardCharsets.UTF_8);
        response.setContentType(CALENDAR.toString());
        response.setContentLength(ics.length);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("unknot-routine.ics").build().toString());
        response.getOutputStream().write(ics);
        // The file is the answer: with the response among its arguments, no view name tells Spring MVC it is handled.
        return null;
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

    private static String showForm(RoutineView routine, ReminderForm form, Locale locale, Model model) {
        List<DayOfWeek> chosen = form.days();
        model.addAttribute("routine", routine);
        model.addAttribute("reminderForm", form);
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
            .map(day -> new Day(ReminderForm.name(day), day.getDisplayName(TextStyle.FULL, locale), chosen.contains(day)))
            .toList());
        model.addAttribute("time", form.shownTime());
        return FORM;
    }

    /** A day of the week as a checkbox. Public for the template. */
    public record Day(String value, String name, boolean chosen) {
    }
}
