package app.unknot.safety;

import static app.unknot.system.Checks.requireRange;
import static app.unknot.system.Checks.textSet;

import app.unknot.catalog.Catalog;
import app.unknot.system.Checks;
import app.unknot.catalog.Condition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's answers to the safety questions: everything that decides what is safe for them. Null
 * sets count as empty.
 *
 * @param affectedAreas where a local condition (fracture, burn, wound) is
 * @param redFlags symptoms ticked; any one means no routine
 * @param cancerCleared the person's care team has cleared massage; lifts the restrictions marked
 *     waived-by-clearance
 * @param painRoseLastTime the pain rose after the last session of the routine this one is made again
 *     from (see {@link PainRule#PAIN_ROSE})
 */
public record SafetyAnswers(
        Set<String> conditions,
        Set<String> affectedAreas,
        Set<String> redFlags,
        int painLevel,
        int painWeeks,
        boolean cancerCleared,
        boolean painRoseLastTime) {

    public static final int MAX_PAIN_LEVEL = 10;
    /** Ten years: a longer answer is a typing slip, not a history. */
    public static final int MAX_PAIN_WEEKS = 520;

    public SafetyAnswers {
        conditions = textSet(conditions, "conditions");
        affectedAreas = textSet(affectedAreas, "affected areas");
        redFlags = textSet(redFlags, "red flags");
        requireRange(painLevel, 0, MAX_PAIN_LEVEL, "pain level");
        requireRange(painWeeks, 0, MAX_PAIN_WEEKS, "pain weeks");
    }

    /** The answers of a first routine, which has no last time. */
    public SafetyAnswers(Set<String> conditions, Set<String> affectedAreas, Set<String> redFlags, int painLevel,
                     int painWeeks, boolean cancerCleared) {
        this(conditions, affectedAreas, redFlags, painLevel, painWeeks, cancerCleared, false);
    }

    /** The same answers, after a session whose pain rose as much as {@link PainRule#PAIN_ROSE} says, or not. */
    public SafetyAnswers afterPainRose(boolean rose) {
        return new SafetyAnswers(conditions, affectedAreas, redFlags, painLevel, painWeeks, cancerCleared, rose);
    }

    /**
     * The slugs the catalog does not know, sorted, by field ({@code conditions}, {@code affectedAreas},
     * {@code redFlags}, as the form and the API name them); empty when all are known.
     */
    public Map<String, List<String>> unknownSlugs(Catalog catalog) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        Checks.putUnknown(unknown, "conditions", conditions, catalog::hasCondition);
        Checks.putUnknown(unknown, "affectedAreas", affectedAreas, catalog::hasArea);
        Checks.putUnknown(unknown, "redFlags", redFlags, catalog::hasRedFlag);
        return unknown;
    }

    /** The local conditions named, in catalog order, when no affected area is: they cannot be screened. */
    public List<String> localConditionsMissingAreas(Catalog catalog) {
        if (!affectedAreas.isEmpty()) {
            return List.of();
        }
        return catalog.conditionsIn(conditions).stream().filter(Condition::local).map(Condition::slug).toList();
    }
}
