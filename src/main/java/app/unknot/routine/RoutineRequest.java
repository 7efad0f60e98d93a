package app.unknot.routine;

import static app.unknot.routine.Checks.requireRange;
import static app.unknot.routine.Checks.requireValue;
import static app.unknot.routine.Checks.textList;
import static app.unknot.routine.Checks.textSet;

import app.unknot.catalog.Performer;
import java.util.List;
import java.util.Set;

/**
 * What a person asks for: the areas to work (the first is the main area), the tools they have, the
 * time, who massages, and their screening answers. Null sets count as empty. Whether the slugs
 * exist is the catalog's question: see {@link SafetyCatalog#unknownSlugs(RoutineRequest)}.
 *
 * @param cancerCleared the person's care team has cleared massage; lifts restrictions marked
 *     waived-by-clearance
 */
record RoutineRequest(
        List<String> areas,
        Set<String> tools,
        int minutes,
        Performer performer,
        Set<String> conditions,
        Set<String> affectedAreas,
        Set<String> redFlags,
        int painLevel,
        int painWeeks,
        boolean cancerCleared) {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 60;
    static final int MAX_PAIN_LEVEL = 10;
    static final int MAX_PAIN_WEEKS = 520;

    RoutineRequest {
        areas = textList(requireValue(areas, "areas"), "areas");
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("areas must name at least one body area");
        }
        tools = textSet(tools, "tools");
        requireRange(minutes, MIN_MINUTES, MAX_MINUTES, "minutes");
        if (performer != Performer.SELF && performer != Performer.PARTNER) {
            throw new IllegalArgumentException("performer must be self or partner, was " + performer);
        }
        conditions = textSet(conditions, "conditions");
        affectedAreas = textSet(affectedAreas, "affected areas");
        redFlags = textSet(redFlags, "red flags");
        requireRange(painLevel, 0, MAX_PAIN_LEVEL, "pain level");
        requireRange(painWeeks, 0, MAX_PAIN_WEEKS, "pain weeks");
    }

    int budgetSeconds() {
        return minutes * 60;
    }
}
