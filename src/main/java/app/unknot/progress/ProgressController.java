package app.unknot.progress;

import app.unknot.routine.RoutineView;
import app.unknot.system.Dates;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** How a routine has gone: the chart and its table, and its sessions to take away. */
@Controller
class ProgressController {

    private final ProgressService progress;

    ProgressController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/routines/{id}/progress")
    String progress(@PathVariable String id, Locale locale, Model model) {
        RoutineView routine = progress.routine(id, locale);
        List<Session> sessions = progress.sessions(id);
        Map<String, String> names = ProgressService.stepNames(routine);
        model.addAttribute("routine", routine);
        model.addAttribute("sessions", sessions.stream().map(session -> new SessionRow(Dates.of(session.at(), locale),
            session, session.hurt().stream().map(slug -> names.getOrDefault(slug, slug)).toList())).toList());
        model.addAttribute("chart", PainChart.of(sessions, locale));
        model.addAttribute("weeks", perWeek(sessions, locale));
        model.addAttribute("hurtCounts", hurtCounts(sessions, names));
        model.addAttribute("painRose", !sessions.isEmpty() && sessions.get(0).painRose());
        return "progress/progress";
    }

    @GetMapping("/routines/{id}/sessions.csv")
    ResponseEntity<String> csv(@PathVariable String id) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("at", "painBefore", "painAfter", "hurt", "note").get())) {
            for (Session session : progress.sessions(id)) {
                csv.printRecord(session.at(), session.painBefore(), session.painAfter(), cell(String.join(" ", session.hurt())),
                    cell(session.note()));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return download(out.toString(), new MediaType("text", "csv"), "unknot-sessions-" + id + ".csv");
    }

    /**
     * A cell a spreadsheet would take for a formula (OWASP "CSV Injection": it starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) starts with a single quote instead,
     * which spreadsheets read as "this is text"; the note is what anyone with the link may write.
     */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @GetMapping("/routines/{id}/sessions.json")
    ResponseEntity<List<Session>> json(@PathVariable String id) {
        return download(progress.sessions(id), MediaType.APPLICATION_JSON, "unknot-sessions-" + id + ".json");
    }

    private static <T> ResponseEntity<T> download(T body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
            .body(body);
    }

    /** Sessions in each week that had one, Monday to Sunday, oldest first. */
    private static Map<String, Long> perWeek(List<Session> sessions, Locale locale) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (Session session : sessions) {
            LocalDate monday = session.at().atZone(ZoneId.systemDefault()).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            counts.merge(monday, 1L, Long::sum);
        }
        Map<String, Long> weeks = new LinkedHashMap<>();
        counts.forEach((monday, count) -> weeks.put(Dates.of(monday.atStartOfDay(ZoneId.systemDefault()).toInstant(), locale),
            count));
        return weeks;
    }

    /** How often each technique was marked as hurting, most often first. */
    private static Map<String, Long> hurtCounts(List<Session> sessions, Map<String, String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        sessions.stream().flatMap(session -> session.hurt().stream()).forEach(slug -> counts.merge(slug, 1L, Long::sum));
        Map<String, Long> named = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .forEach(entry -> named.put(names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()));
        return named;
    }

    /** A session as the table shows it. Public for the template. */
    public record SessionRow(String date, Session session, List<String> hurtNames) {
    }
}
