package app.unknot.routine;

import java.util.List;
import java.util.Locale;

/** The JSON shape of a routine, as {@code POST /api/routines} and {@code GET /api/routines/{id}} answer. */
record RoutineJson(String id, String status, String urgency, int totalSeconds, List<Step> steps,
                   List<Excluded> excluded, List<String> advice, List<String> redFlags) {

    record Step(int order, String phase, String technique, String name, String kind, String performer,
                List<String> areas, List<String> tools, String pressure, String posture, int seconds, int sides,
                List<String> instructions, List<String> cautions, String reason) {
    }

    record Excluded(String technique, String name, String rule, String reason) {
    }

    static RoutineJson of(RoutineView view) {
        List<Step> steps = view.steps().stream().map(s -> new Step(s.order(), s.phase(), s.technique().slug(),
            s.technique().name(), s.technique().kind().slug(), s.performer(), s.areas(), s.technique().tools(),
            s.technique().pressure().slug(), s.technique().posture().slug(), s.seconds(), s.technique().sides(),
            s.technique().instructions(), s.technique().cautions(), s.reason())).toList();
        List<Excluded> excluded = view.excluded().stream()
            .map(e -> new Excluded(e.technique(), e.name(), e.rule(), e.reason())).toList();
        return new RoutineJson(view.id(), view.status().name().toLowerCase(Locale.ROOT),
            view.urgency() == null ? null : view.urgency().slug(), view.totalSeconds(), steps, excluded,
            view.advice(), view.redFlags().stream().map(RoutineView.Flag::slug).toList());
    }
}
