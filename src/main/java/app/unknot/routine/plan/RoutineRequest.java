package app.unknot.routine.plan;

import static app.unknot.system.Checks.requireRange;
import static app.unknot.system.Checks.requireValue;
import static app.unknot.system.Checks.textList;
import static app.unknot.system.Checks.textSet;

import app.unknot.catalog.Catalog;
import app.unknot.system.Checks;
import app.unknot.catalog.Performer;
import app.unknot.safety.SafetyAnswers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person asks for: the areas to work (the first is the main area), the tools they have, the
 * time, who massages, and their answers to the safety questions. Null tools count as none.
 */
public record RoutineRequest(List<String> areas, Set<String> tools, int minutes, Performer performer, SafetyAnswers screening) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 60;
    /** The most entries any list in a request may hold: more than the catalog has of anything. */
    public static final int MAX_CHOICES = 20;

    public RoutineRequest {
        areas = textList(requireValue(areas, "areas"), "areas");
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("areas must name at least one body area");
        }
        tools = textSet(tools, "tools");
        requireRange(minutes, MIN_MINUTES, MAX_MINUTES, "minutes");
        if (performer != Performer.SELF && performer != Performer.PARTNER) {
            throw new IllegalArgumentException("performer must be self or partner, was " + performer);
        }
        requireValue(screening, "screening answers");
    }

    int budgetSeconds() {
        return minutes * 60;
    }

    /**
     * The request's slugs the catalog does not know, sorted, by request field ({@code areas},
     * {@code tools}, then the screening's fields); empty when all are known.
     */
    Map<String, List<String>> unknownSlugs(Catalog catalog) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        Checks.putUnknown(unknown, "areas", areas, catalog::hasArea);
        Checks.putUnknown(unknown, "tools", tools, catalog::hasTool);
        unknown.putAll(screening.unknownSlugs(catalog));
        return unknown;
    }

    /** What the form and the API refuse, by field, in form order: empty when the routine can be built. */
    public List<RequestProblem> problems(Catalog catalog) {
        List<RequestProblem> problems = new ArrayList<>();
        unknownSlugs(catalog).keySet().forEach(field -> problems.add(new RequestProblem(field, RequestProblem.UNKNOWN)));
        if (!screening.localConditionsMissingAreas(catalog).isEmpty()) {
            problems.add(new RequestProblem("affectedAreas", RequestProblem.AREAS_NEEDED));
        }
        return problems;
    }
}
