package app.unknot.routine;

import app.unknot.catalog.Pressure;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, from catalog data alone, whether a technique is safe for one request: first the
 * restrictions of the person's conditions in catalog condition order (the first match is the
 * recorded rule), then the pain rule, which allows light pressure only.
 */
final class SafetyScreen {

    static final int SEVERE_PAIN_LEVEL = 7;
    static final int LASTING_PAIN_WEEKS = 6;

    private final List<Restriction> applicable;
    private final Set<String> affectedAreas;
    private final String painRule;

    SafetyScreen(SafetyCatalog catalog, RoutineRequest request) {
        List<String> conditionOrder = catalog.conditions();
        this.applicable = catalog.restrictions().stream()
            .filter(restriction -> request.conditions().contains(restriction.condition()))
            .filter(restriction -> !(restriction.waivedByClearance() && request.cancerCleared()))
            .sorted(Comparator.comparingInt(restriction -> conditionOrder.indexOf(restriction.condition())))
            .toList();
        this.affectedAreas = request.affectedAreas();
        this.painRule = painRule(request);
    }

    /** The exclusion that rules the technique out, or empty when it is safe. */
    Optional<Exclusion> ruleOut(TechniqueCard technique) {
        Optional<Exclusion> byCondition = applicable.stream()
            .filter(restriction -> restriction.matches(technique, affectedAreas))
            .findFirst()
            .map(restriction -> Exclusion.byRestriction(technique, restriction));
        if (byCondition.isPresent() || !gentleOnly() || technique.pressure() == Pressure.LIGHT) {
            return byCondition;
        }
        return Optional.of(Exclusion.byPain(technique, painRule));
    }

    /** Whether the pain rule applies: severe or lasting pain allows light pressure only. */
    boolean gentleOnly() {
        return painRule != null;
    }

    private static String painRule(RoutineRequest request) {
        if (request.painLevel() >= SEVERE_PAIN_LEVEL) {
            return Exclusion.SEVERE_PAIN;
        }
        if (request.painWeeks() > LASTING_PAIN_WEEKS) {
            return Exclusion.LASTING_PAIN;
        }
        return null;
    }
}
