package app.unknot.progress;

import app.unknot.routine.RoutineView;
import app.unknot.system.PublicUrl;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
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
 * "Add it to my calendar": the form that asks for the days and the time, and the file
 * {@link ReminderCalendar} makes of them.
 */
@Controller
class ReminderController {

    private static final String FORM = "progress/reminder";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ProgressService progress;
    private final ReminderCalendar calendar;

    ReminderController(ProgressService progress, PublicUrl publicUrl, MessageSource messages) {
        this.progress = progress;
        this.calendar = new ReminderCalendar(publicUrl, messages);
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
        byte[] ics = calendar.ics(routine, reminderForm.days(), reminderForm.at().orElseThrow(), locale);
        response.setContentType(CALENDAR.toString());
        response.setContentLength(ics.length);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("unknot-routine.ics").build().toString());
        response.getOutputStream().write(ics);
        // The file is the answer: with the response among its arguments, no view name tells Spring MVC it is handled.
        return null;
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
