package app.unknot.progress;

import app.unknot.routine.RoutineView;
import app.unknot.system.Dates;
import app.unknot.system.InvalidParameterException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a routine has gone: the chart and its table, and its sessions to take away. The table shows a
 * page of sessions at a time and the chart the latest ones, and the downloads are written out as
 * they are read, so a routine with every session it may keep costs a page, not all of them.
 */
@Controller
class ProgressController {

    /** Sessions in the table per page. */
    static final int PAGE = 30;
    /** Sessions on the chart and in the weeks: about three months of daily use. */
    static final int CHART = 90;
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,3}");

    /** The CSV's columns, headed as the progress page's table heads them, in the reader's language. */
    private static final List<String> COLUMNS = List.of("progress.table.date", "progress.table.before", "progress.table.after",
        "progress.table.hurt", "progress.table.note");

    private final ProgressService progress;
    private final JsonMapper json;
    private final MessageSource messages;

    ProgressController(ProgressService progress, JsonMapper json, MessageSource messages) {
        this.progress = progress;
        this.json = json;
        this.messages = messages;
    }

    /** {@code ?page=N}, from 1 (the newest): the page of the table shown. */
    @GetMapping("/routines/{id}/progress")
    String progress(@PathVariable String id, @RequestParam(required = false) String page, Locale locale, Model model) {
        RoutineView routine = progress.routine(id, locale);
        Page<Session> shown = page(progress, id, page, PAGE);
        if (shown.getNumber() >= shown.getTotalPages() && shown.getNumber() > 0) {
            // An old link past the end shows the last page, as the catalog's pages do.
            shown = progress.sessions(id, shown.getTotalPages() - 1, PAGE);
        }
        List<Session> latest = progress.latest(id, CHART);
        Map<String, String> names = ProgressService.stepNames(routine);
        model.addAttribute("routine", routine);
        model.addAttribute("sessions", shown.getContent().stream().map(session -> new SessionRow(Dates.of(session.at(), locale),
            session, session.hurt().stream().map(slug -> names.getOrDefault(slug, slug)).toList())).toList());
        model.addAttribute("page", shown);
        model.addAttribute("charted", latest.size() < shown.getTotalElements() ? latest.size() : 0);
        model.addAttribute("chart", PainChart.of(latest, locale));
        model.addAttribute("weeks", perWeek(latest, locale));
        model.addAttribute("hurtCounts", hurtCounts(id, names));
        model.addAttribute("painRose", !latest.isEmpty() && latest.get(0).painRose());
        return "progress/progress";
    }

    /**
     * The page a {@code page} parameter names, of so many sessions; past the last page, an empty one.
     *
     * @throws InvalidParameterException ({@code page}) for anything but a whole number from 1 to 9999
     */
    static Page<Session> page(ProgressService progress, String id, String page, int size) {
        return progress.sessions(id, number(page) - 1, size);
    }

    /** The page a request asks for, from 1: none is the first. */
    private static int number(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        if (!PAGE_NUMBER.matcher(page.strip()).matches()) {
            throw new InvalidParameterException("page");
        }
        return Integer.parseInt(page.strip());
    }

    @GetMapping("/routines/{id}/sessions.csv")
    void csv(@PathVariable String id, Locale locale, HttpServletResponse response) throws IOException {
        progress.mustExist(id);
        Writer out = download(response, new MediaType("text", "csv", StandardCharsets.UTF_8), "unknot-sessions-" + id + ".csv")
            .getWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.stream().map(column -> messages.getMessage(column, null, locale)).toArray(String[]::new)).get())) {
            progress.eachSession(id, session -> {
                try {
                    csv.printRecord(session.at(), session.painBefore(), session.painAfter(),
                        cell(String.join(" ", session.hurt())), cell(session.note()));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
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
    void json(@PathVariable String id, HttpServletResponse response) throws IOException {
        progress.mustExist(id);
        download(response, MediaType.APPLICATION_JSON, "unknot-sessions-" + id + ".json");
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            out.writeStartArray();
            // Flushing after each session would send each in a packet of its own.
            ObjectWriter writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
            progress.eachSession(id, session -> writer.writeValue(out, session));
            out.writeEndArray();
        }
    }

    private static HttpServletResponse download(HttpServletResponse response, MediaType type, String filename) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        return response;
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

    /** How often each technique was marked as hurting in all the routine's sessions, most often first. */
    private Map<String, Long> hurtCounts(String id, Map<String, String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        progress.eachSession(id, session -> session.hurt().forEach(slug -> counts.merge(slug, 1L, Long::sum)));
        Map<String, Long> named = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .forEach(entry -> named.put(names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()));
        return named;
    }

    /** A session as the table shows it. Public for the template. */
    public record SessionRow(String date, Session session, List<String> hurtNames) {
    }
}
