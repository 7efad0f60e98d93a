package app.unknot.routine.plan;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the steps a therapist chooses ({@link ChosenStep}) for one routine's request must pass, and
 * how they are planned: each technique must be a candidate of the request (its areas, tools and
 * performer) that nothing in {@link ScreenedCandidates} rules out, once, for a time the technique allows.
 */
public final class AdjustmentRules {

    /** More than any built routine has: a 60-minute routine holds about fifteen. */
    public static final int MAX_STEPS = 20;

    private final Catalog catalog;
    private final RoutineRequest request;
    private final ScreenedCandidates screened;
    private final Set<String> candidates = new HashSet<>();
    private final Set<String> toolsAtHand;
    private final Map<String, Phase> phases;

    AdjustmentRules(Catalog catalog, RoutineRequest request, ScreenedCandidates screened, List<Technique> candidates,
                Set<String> toolsAtHand, Map<String, Phase> phases) {
        this.catalog = catalog;
        this.request = request;
        this.screened = screened;
        candidates.forEach(candidate -> this.candidates.add(candidate.slug()));
        this.toolsAtHand = toolsAtHand;
        this.phases = phases;
    }

    ScreenedCandidates screened() {
        return screened;
    }

    boolean fits(String slug) {
        return candidates.contains(slug);
    }

    /** What is wrong with the steps, by field in step order; empty when {@link #steps} can plan them. */
    List<RequestProblem> problems(List<ChosenStep> chosen) {
        List<RequestProblem> problems = new ArrayList<>();
        if (chosen.isEmpty()) {
            problems.add(new RequestProblem("steps", RequestProblem.EMPTY));
        }
        if (chosen.size() > MAX_STEPS) {
            return List.of(new RequestProblem("steps", RequestProblem.TOO_MANY, List.of(MAX_STEPS)));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            ChosenStep step = chosen.get(i);
            String field = "steps[" + i + "]";
            techniqueProblem(step.technique(), seen).ifPresent(problem ->
                problems.add(new RequestProblem(field + ".technique", problem.code(), problem.arguments())));
            if (catalog.hasTechnique(step.technique()) && !within(step.seconds(), catalog.technique(step.technique()))) {
                Technique technique = catalog.technique(step.technique());
                problems.add(new RequestProblem(field + ".seconds", RequestProblem.TIME,
                    List.of(StepTime.SHORTEST_STEP_SECONDS, StepTime.longest(technique), StepTime.grain(technique))));
            }
        }
        int total = chosen.stream().mapToInt(ChosenStep::seconds).sum();
        if (problems.isEmpty() && total > RoutineRequest.MAX_MINUTES * 60) {
            problems.add(new RequestProblem("steps", RequestProblem.TOO_LONG, List.of(RoutineRequest.MAX_MINUTES)));
        }
        return problems;
    }

    private Optional<RequestProblem> techniqueProblem(String slug, Set<String> seen) {
        if (slug == null || !catalog.hasTechnique(slug)) {
            return Optional.of(new RequestProblem("", RequestProblem.UNKNOWN));
        }
        Technique technique = catalog.technique(slug);
        // Safety is named first: a ruled-out technique says so even when it is not a candidate either.
        Optional<RequestProblem> ruledOut = screened.ruleOut(technique).map(exclusion ->
            new RequestProblem("", RequestProblem.RULED_OUT, List.of(technique.name(), exclusion.rule().slug())));
        if (ruledOut.isPresent()) {
            return ruledOut;
        }
        if (!fits(slug)) {
            return Optional.of(new RequestProblem("", RequestProblem.NOT_FOR_ROUTINE, List.of(technique.name())));
        }
        if (!seen.add(slug)) {
            return Optional.of(new RequestProblem("", RequestProblem.TWICE, List.of(technique.name())));
        }
        return Optional.empty();
    }

    /** Exactly the times the adjust page offers, so the page never offers what the check refuses. */
    private static boolean within(int seconds, Technique technique) {
        return StepTime.choices(technique).contains(seconds);
    }

    /** The step with its time brought within what the technique allows today (the catalog may have changed). */
    ChosenStep withinLimits(ChosenStep step) {
        Technique technique = catalog.technique(step.technique());
        return within(step.seconds(), technique) ? step : new ChosenStep(step.technique(), StepTime.typical(technique), step.note());
    }

    /** The steps in the order chosen; only for steps {@link #problems} has nothing against. */
    List<Step> steps(List<ChosenStep> chosen) {
        List<Technique> techniques = chosen.stream().map(step -> catalog.technique(step.technique())).toList();
        List<Phase> stepPhases = techniques.stream().map(this::phaseOf).toList();
        return IntStream.range(0, chosen.size()).mapToObj(i -> {
            Technique technique = techniques.get(i);
            List<String> worked = request.areas().stream().filter(technique::works).toList();
            return new Step(i + 1, stepPhases.get(i), technique.tailoredTo(worked, toolsAtHand),
                StepSelection.performerOf(technique, request.performer()), chosen.get(i).seconds(),
                reason(stepPhases.get(i), worked, techniques, stepPhases), worked, chosen.get(i).note());
        }).toList();
    }

    /** As in the routine adjusted; a technique new to it takes its kind's own phase when it has it. */
    private Phase phaseOf(Technique technique) {
        Phase kept = phases.get(technique.slug());
        if (kept != null && technique.phases().contains(kept)) {
            return kept;
        }
        Phase own = technique.kind() == TechniqueKind.MASSAGE ? Phase.MASSAGE : Phase.STRETCH;
        return technique.phases().contains(own) ? own : technique.phases().iterator().next();
    }

    private static StepReason reason(Phase phase, List<String> worked, List<Technique> techniques, List<Phase> phases) {
        return switch (phase) {
            case WARM_UP -> StepReason.WARM_UP;
            case MASSAGE -> StepReason.MASSAGE;
            case STRETCH -> IntStream.range(0, techniques.size())
                .anyMatch(i -> phases.get(i) == Phase.MASSAGE && worked.stream().anyMatch(techniques.get(i)::works))
                ? StepReason.STRETCH_PAIRED : StepReason.STRETCH;
            case COOL_DOWN -> StepReason.COOL_DOWN;
        };
    }
}
