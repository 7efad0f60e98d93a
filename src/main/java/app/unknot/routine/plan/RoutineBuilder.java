package app.unknot.routine.plan;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.routine.PlanStatus;
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
public final class RoutineBuilder {

    /** The area whose routines carry the advice to keep moving (NICE NG59: massage only alongside exercise). */
    static final String LOWER_BACK = "lower-back";

    private final Catalog catalog;

    public RoutineBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The plan for the request.
     *
     * @throws IllegalArgumentException when the request has {@link RoutineRequest#problems}, which
     *     the form and the API refuse first
     */
    public RoutinePlan build(RoutineRequest request) {
        return build(request, Map.of());
    }

    /**
     * The plan for the request, leaving out the techniques that hurt last time as well as the unsafe
     * ones (a technique both unsafe and hurting is listed for its safety rule).
     *
     * @param hurt the slugs of techniques marked as hurting, each with the words that say when
     */
    public RoutinePlan build(RoutineRequest request, Map<String, String> hurt) {
        Map<String, List<String>> unknown = request.unknownSlugs(catalog);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("request names unknown slugs: " + unknown);
        }
        SafetyScreen screen = new SafetyScreen(catalog, request.screening());
        if (screen.stops()) {
            return RoutinePlan.stop(screen.redFlagsRaised());
        }
        ScreenedCandidates screened = ScreenedCandidates.of(screen, candidates(request), hurt);
        List<Step> steps = new StepSelection(request, screened.safe(), toolsAtHand(request)).plan();
        return plan(request, screened, steps, screened.excluded());
    }

    /**
     * What is wrong with the steps a therapist chose for a routine built from this request, screened
     * as {@link #build} screens; empty when {@link #shape} can take them.
     *
     * @param request the request the routine was built from; its answers are screened again against
     *     today's catalog, as a saved routine's page screens them
     * @param hurt what the person marked as hurting in the routine's sessions, as for {@link #build}
     */
    public List<RequestProblem> problems(RoutineRequest request, Map<String, String> hurt, List<ChosenStep> chosen) {
        return adjustmentRules(request, SafetyScreen.again(catalog, request.screening()), hurt, Map.of()).problems(chosen);
    }

    /**
     * The plan of the steps a therapist chose, in their order, each in the phase it had in the routine
     * it is adjusted from (a new one in its kind's own phase).
     *
     * @param phases the phase of each technique, by slug, in the routine adjusted
     * @throws IllegalArgumentException when {@link #problems} names any; a red-flag request has no steps to shape
     */
    public RoutinePlan shape(RoutineRequest request, Map<String, String> hurt, List<ChosenStep> chosen, Map<String, Phase> phases) {
        AdjustmentRules rules = adjustmentRules(request, SafetyScreen.again(catalog, request.screening()), hurt, phases);
        List<RequestProblem> problems = rules.problems(chosen);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("chosen steps refused: " + problems);
        }
        return plan(request, rules.screened(), rules.steps(chosen), rules.screened().excluded());
    }

    /**
     * Another person's plan from a routine's steps: those their answers rule out are left out and
     * listed, the rest keep their order, phase, time and note. Red flags stop it as they stop {@link #build}.
     */
    public RoutinePlan reuse(RoutineRequest request, List<ChosenStep> chosen, Map<String, Phase> phases) {
        SafetyScreen screen = new SafetyScreen(catalog, request.screening());
        if (screen.stops()) {
            return RoutinePlan.stop(screen.redFlagsRaised());
        }
        AdjustmentRules rules = adjustmentRules(request, screen, Map.of(), phases);
        List<Exclusion> excluded = new ArrayList<>();
        List<ChosenStep> kept = new ArrayList<>();
        for (ChosenStep step : chosen) {
            // A technique the catalog no longer holds, or no longer fits the routine, is not carried over.
            if (catalog.hasTechnique(step.technique()) && rules.fits(step.technique())) {
                Optional<Exclusion> out = rules.screened().ruleOut(catalog.technique(step.technique()));
                out.ifPresentOrElse(excluded::add, () -> kept.add(rules.withinLimits(step)));
            }
        }
        return plan(request, rules.screened(), rules.steps(kept), excluded);
    }

    /** The request's candidates screened with its saved answers, as {@link #problems} screens them. */
    public ScreenedCandidates screened(RoutineRequest request, Map<String, String> hurt) {
        return ScreenedCandidates.of(SafetyScreen.again(catalog, request.screening()), candidates(request), hurt);
    }

    /** @param screen the saved answers screened again for an adjustment, a new person's for a reuse */
    private AdjustmentRules adjustmentRules(RoutineRequest request, SafetyScreen screen, Map<String, String> hurt,
                                            Map<String, Phase> phases) {
        List<Technique> candidates = candidates(request);
        ScreenedCandidates screened = ScreenedCandidates.of(screen, candidates, hurt);
        return new AdjustmentRules(catalog, request, screened, candidates, toolsAtHand(request), phases);
    }

    private static RoutinePlan plan(RoutineRequest request, ScreenedCandidates screened, List<Step> steps, List<Exclusion> excluded) {
        SafetyScreen screen = screened.screen();
        return new RoutinePlan(screen.cautious() ? PlanStatus.CAUTION : PlanStatus.OK, null, List.of(), steps, excluded,
            advice(request, screen, steps));
    }

    /**
     * Techniques, in catalog order, that work a requested area with tools the person has and that
     * the chosen performer can do. Stretches are done by the person, so they fit either performer
     * unless the technique needs a partner.
     */
    public List<Technique> candidates(RoutineRequest request) {
        Set<String> tools = toolsAtHand(request);
        return catalog.techniques().stream()
            .filter(technique -> technique.worksAnyOf(request.areas()))
            .filter(technique -> tools.containsAll(technique.toolSlugs()))
            .filter(technique -> performerFits(technique, request.performer()))
            .toList();
    }

    /** What the person has ticked, and what every home has. */
    Set<String> toolsAtHand(RoutineRequest request) {
        Set<String> tools = new HashSet<>(catalog.alwaysAvailableTools());
        tools.addAll(request.tools());
        return tools;
    }

    static boolean performerFits(Technique technique, Performer requested) {
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
