package app.unknot.routine;

import app.unknot.catalog.Performer;
import app.unknot.catalog.TechniqueKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a routine for a request from a catalog snapshot, applying the safety rules from catalog
 * data only. The same request always gives the same plan.
 */
final class RoutineBuilder {

    /** The area whose routines carry the advice to keep moving (NICE NG59: massage only alongside exercise). */
    static final String LOWER_BACK = "lower-back";

    private final SafetyCatalog catalog;

    RoutineBuilder(SafetyCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The plan for the request.
     *
     * @throws IllegalArgumentException when the request names slugs the catalog does not know, or a
     *     local condition without affected areas; the web layer checks both first through
     *     {@link SafetyCatalog#unknownSlugs} and {@link SafetyCatalog#localConditionsMissingAreas}
     */
    RoutinePlan build(RoutineRequest request) {
        refuseUnanswerable(request);
        List<RedFlagCard> raised = catalog.redFlagsRaised(request.redFlags());
        if (!raised.isEmpty()) {
            return RoutinePlan.stop(raised);
        }
        SafetyScreen screen = new SafetyScreen(catalog, request);
        List<TechniqueCard> safe = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (TechniqueCard candidate : candidates(request)) {
            screen.ruleOut(candidate).ifPresentOrElse(excluded::add, () -> safe.add(candidate));
        }
        List<PlannedStep> steps = new StepSelection(request, safe).plan();
        boolean caution = !request.conditions().isEmpty() || screen.gentleOnly();
        return new RoutinePlan(caution ? PlanStatus.CAUTION : PlanStatus.OK, null, List.of(), steps, excluded,
            advice(request, screen, steps));
    }

    /**
     * Techniques, in catalog order, that work a requested area with tools the person has and that
     * the chosen performer can do. Stretches are done by the person, so they fit either performer
     * unless the card needs a partner.
     */
    List<TechniqueCard> candidates(RoutineRequest request) {
        Set<String> tools = catalog.availableTools(request.tools());
        return catalog.techniques().stream()
            .filter(technique -> technique.worksAnyOf(request.areas()))
            .filter(technique -> tools.containsAll(technique.tools()))
            .filter(technique -> performerFits(technique, request.performer()))
            .toList();
    }

    private static boolean performerFits(TechniqueCard technique, Performer requested) {
        if (technique.kind() == TechniqueKind.STRETCH) {
            return technique.performer() != Performer.PARTNER || requested == Performer.PARTNER;
        }
        return technique.performer() == Performer.ANY || technique.performer() == requested;
    }

    private void refuseUnanswerable(RoutineRequest request) {
        Map<String, List<String>> unknown = catalog.unknownSlugs(request);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("request names unknown slugs: " + unknown);
        }
        List<String> local = catalog.localConditionsMissingAreas(request);
        if (!local.isEmpty()) {
            throw new IllegalArgumentException("local conditions " + local + " need the affected areas");
        }
    }

    private static Set<Advice> advice(RoutineRequest request, SafetyScreen screen, List<PlannedStep> steps) {
        Set<Advice> advice = EnumSet.noneOf(Advice.class);
        if (screen.gentleOnly()) {
            advice.add(Advice.SEE_PROFESSIONAL_FIRST);
        }
        if (steps.isEmpty()) {
            advice.add(Advice.NOTHING_SUITABLE);
        }
        if (!request.conditions().isEmpty()) {
            advice.add(Advice.CONDITION);
        }
        if (request.areas().contains(LOWER_BACK)) {
            advice.add(Advice.MOVE_REGULARLY);
        }
        return advice;
    }
}
