package app.unknot.routine;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.safety.Exclusion;
import app.unknot.safety.SafetyScreen;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a routine for a request from the catalog, with the safety screen deciding what may go in.
 * The same request always gives the same plan.
 */
final class RoutineBuilder {

    /** The area whose routines carry the advice to keep moving (NICE NG59: massage only alongside exercise). */
    static final String LOWER_BACK = "lower-back";

    /** The rule of an exclusion for a technique the person marked as hurting in an earlier session. */
    static final String HURT = "hurt";

    private final Catalog catalog;

    RoutineBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The plan for the request.
     *
     * @throws IllegalArgumentException when the request has {@link RoutineRequest#problems}, which
     *     the form and the API refuse first
     */
    RoutinePlan build(RoutineRequest request) {
        return build(request, Map.of());
    }

    /**
     * The plan for the request, leaving out the techniques that hurt last time as well as the unsafe
     * ones (a technique both unsafe and hurting is listed for its safety rule).
     *
     * @param hurt the slugs of techniques marked as hurting, each with the words that say when
     */
    RoutinePlan build(RoutineRequest request, Map<String, String> hurt) {
        Map<String, List<String>> unknown = request.unknownSlugs(catalog);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("request names unknown slugs: " + unknown);
        }
        SafetyScreen screen = new SafetyScreen(catalog, request.screening());
        if (screen.stops()) {
            return RoutinePlan.stop(screen.redFlagsRaised());
        }
        List<Technique> safe = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (Technique candidate : candidates(request)) {
            Optional<Exclusion> unsafe = screen.ruleOut(candidate);
            if (unsafe.isPresent()) {
                excluded.add(unsafe.get());
            }
            else if (hurt.containsKey(candidate.slug())) {
                excluded.add(Exclusion.byPerson(candidate, HURT, hurt.get(candidate.slug())));
            }
            else {
                safe.add(candidate);
            }
        }
        List<Step> steps = new StepSelection(request, safe, toolsAtHand(request)).plan();
        return new RoutinePlan(screen.cautious() ? PlanStatus.CAUTION : PlanStatus.OK, null, List.of(), steps, excluded,
            advice(request, screen, steps));
    }

    /**
     * Techniques, in catalog order, that work a requested area with tools the person has and that
     * the chosen performer can do. Stretches are done by the person, so they fit either performer
     * unless the technique needs a partner.
     */
    List<Technique> candidates(RoutineRequest request) {
        Set<String> tools = toolsAtHand(request);
        return catalog.techniques().stream()
            .filter(technique -> technique.worksAnyOf(request.areas()))
            .filter(technique -> tools.containsAll(technique.toolSlugs()))
            .filter(technique -> performerFits(technique, request.performer()))
            .toList();
    }

    /** What the person has ticked, and what every home has. */
    private Set<String> toolsAtHand(RoutineRequest request) {
        Set<String> tools = new HashSet<>(catalog.alwaysAvailableTools());
        tools.addAll(request.tools());
        return tools;
    }

    private static boolean performerFits(Technique technique, Performer requested) {
        if (technique.kind() == TechniqueKind.STRETCH) {
            return technique.performer() != Performer.PARTNER || requested == Performer.PARTNER;
        }
        return technique.performer() == Performer.ANY || technique.performer() == requested;
    }

    private static Set<Advice> advice(RoutineRequest request, SafetyScreen screen, List<Step> steps) {
        Set<Advice> advice = EnumSet.noneOf(Advice.class);
        if (screen.gentleOnly()) {
            advice.add(Advice.SEE_PROFESSIONAL_FIRST);
        }
        if (steps.isEmpty()) {
            advice.add(Advice.NOTHING_SUITABLE);
        }
        if (!request.screening().conditions().isEmpty()) {
            advice.add(Advice.CONDITION);
        }
        if (request.areas().contains(LOWER_BACK)) {
            advice.add(Advice.MOVE_REGULARLY);
        }
        return advice;
    }
}
