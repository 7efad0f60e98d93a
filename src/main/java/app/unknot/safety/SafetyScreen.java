package app.unknot.safety;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, from catalog data and one person's answers alone, whether they may have a routine and
 * which techniques are safe for them: see the package documentation for the rules.
 */
public final class SafetyScreen {

    private final List<RedFlag> redFlagsRaised;
    private final List<Restriction> applicable;
    private final SafetyAnswers screening;
    private final Optional<PainRule> painRule;

    /**
     * @throws IllegalArgumentException when the catalog cannot screen these answers (unknown slugs,
     *     or a local condition without its areas), which the form and the API check first
     */
    public SafetyScreen(Catalog catalog, SafetyAnswers screening) {
        this(catalog, screening, true);
    }

    /**
     * Answers saved with a routine, screened again against today's catalog: a condition or red flag
     * the catalog no longer holds has no rules left, and affected areas keep the slugs they had.
     */
    public static SafetyScreen again(Catalog catalog, SafetyAnswers saved) {
        return new SafetyScreen(catalog, saved, false);
    }

    private SafetyScreen(Catalog catalog, SafetyAnswers screening, boolean newAnswers) {
        if (newAnswers) {
            refuseUnscreenable(catalog, screening);
        }
        this.redFlagsRaised = catalog.redFlagsIn(screening.redFlags()).stream()
            .sorted(Comparator.comparing(RedFlag::urgency)).toList();
        this.applicable = catalog.restrictions().stream()
            .filter(restriction -> screening.conditions().contains(restriction.condition()))
            .filter(restriction -> !(restriction.waivedByClearance() && screening.cancerCleared()))
            .toList();
        this.screening = screening;
        this.painRule = PainRule.triggeredBy(screening);
    }

    private static void refuseUnscreenable(Catalog catalog, SafetyAnswers screening) {
        Map<String, List<String>> unknown = screening.unknownSlugs(catalog);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("answers name unknown slugs: " + unknown);
        }
        List<String> local = screening.localConditionsMissingAreas(catalog);
        if (!local.isEmpty()) {
            throw new IllegalArgumentException("local conditions " + local + " need the affected areas");
        }
    }

    /** Any red flag means no routine at all: get medical help instead. */
    public boolean stops() {
        return !redFlagsRaised.isEmpty();
    }

    /** The red flags raised, most urgent first, then in catalog order. */
    public List<RedFlag> redFlagsRaised() {
        return redFlagsRaised;
    }

    /**
     * The exclusion that rules the technique out, or empty when it is safe: the first matching
     * restriction of the person's conditions, in catalog order, then the pain rule.
     */
    public Optional<Exclusion> ruleOut(Technique technique) {
        Optional<Exclusion> byCondition = applicable.stream()
            .filter(restriction -> RestrictionMatcher.rulesOut(restriction, technique, screening.affectedAreas()))
            .findFirst()
            .map(restriction -> Exclusion.byRestriction(technique, restriction));
        if (byCondition.isPresent() || painRule.isEmpty() || technique.pressure() == Pressure.LIGHT) {
            return byCondition;
        }
        return Optional.of(Exclusion.byPain(technique, painRule.get()));
    }

    /** Whether the pain rule applies: severe or lasting pain allows light pressure only. */
    public boolean gentleOnly() {
        return painRule.isPresent();
    }

    /** A condition was named or the pain rule applies: the routine comes screened, with advice. */
    public boolean cautious() {
        return !screening.conditions().isEmpty() || gentleOnly();
    }
}
