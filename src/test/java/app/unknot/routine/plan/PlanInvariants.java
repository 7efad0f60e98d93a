package app.unknot.routine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import app.unknot.safety.SafetyAnswers;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The promises every plan keeps, checked against an oracle written independently of the builder:
 * which techniques are candidates, and which rule (if any) rules each one out.
 */
final class PlanInvariants {

    private PlanInvariants() {
    }

    static void assertAllPromises(RoutinePlan plan, RoutineRequest request) {
        assertSafe(plan, request);
        assertWellFormed(plan, request);
        assertWarmUpFirst(plan, request);
        assertMassagedAreasStretched(plan, request);
        assertBudgetUsed(plan, request);
        assertNothingSilentlyDropped(plan, request);
    }

    /** No step matches a restriction that applies to the person, and severe or lasting pain means light pressure only. */
    static void assertSafe(RoutinePlan plan, RoutineRequest request) {
        for (Step step : plan.steps()) {
            assertThat(expectedRule(step.technique(), request))
                .as("%s is unsafe for %s", step.technique().slug(), request)
                .isEmpty();
        }
    }

    static void assertWellFormed(RoutinePlan plan, RoutineRequest request) {
        List<Step> steps = plan.steps();
        assertThat(plan.totalSeconds()).as("total within the budget").isLessThanOrEqualTo(request.budgetSeconds());
        assertThat(steps).extracting(Step::order).as("numbered 1..n")
            .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList());
        assertThat(steps).extracting(Step::phase).as("phases in routine order").isSortedAccordingTo(Phase::compareTo);
        assertThat(steps).extracting(step -> step.technique().slug()).as("no technique twice").doesNotHaveDuplicates();
        Set<String> tools = new HashSet<>(CatalogFixture.ALWAYS_AVAILABLE);
        tools.addAll(request.tools());
        for (Step step : steps) {
            Technique technique = step.technique();
            assertThat(step.areas()).as("%s works requested areas", technique.slug())
                .isNotEmpty()
                .containsExactlyElementsOf(request.areas().stream().filter(technique.areaSlugs()::contains).toList());
            assertThat(tools).as("%s uses tools at hand", technique.slug()).containsAll(technique.toolSlugs());
            assertThat(performerFits(technique, request.performer())).as("%s suits the performer", technique.slug()).isTrue();
            Performer expected = technique.kind() == TechniqueKind.STRETCH ? Performer.SELF : request.performer();
            assertThat(step.performer()).as("who does %s", technique.slug()).isEqualTo(expected);
            assertThat(step.seconds()).as("%s seconds", technique.slug())
                .isGreaterThanOrEqualTo(Math.max(30, StepTime.shortest(technique)))
                .isLessThanOrEqualTo(StepTime.longest(technique));
            assertThat(step.seconds() % (15 * technique.sides())).as("%s in whole grains", technique.slug()).isZero();
        }
        assertThat(steps.stream().filter(step -> step.phase() == Phase.WARM_UP)).as("at most two warm-ups").hasSizeLessThanOrEqualTo(2);
        assertThat(steps.stream().filter(step -> step.phase() == Phase.COOL_DOWN)).as("at most one cool-down").hasSizeLessThanOrEqualTo(1);
    }

    /** When the main area is massaged and a safe warm-up exists for it, the routine opens with one. */
    static void assertWarmUpFirst(RoutinePlan plan, RoutineRequest request) {
        String main = request.areas().get(0);
        boolean mainMassaged = plan.steps().stream().anyMatch(step -> step.phase() == Phase.MASSAGE && step.technique().works(main));
        boolean warmUpExists = safeCandidates(request).stream()
            .anyMatch(technique -> technique.phases().contains(Phase.WARM_UP) && technique.works(main));
        if (mainMassaged && warmUpExists) {
            Step first = plan.steps().get(0);
            assertThat(first.phase()).as("first step").isEqualTo(Phase.WARM_UP);
            assertThat(first.areas()).as("first step warms the main area").contains(main);
        }
    }

    /** Every massaged area gets a stretch, unless every safe stretch for it is already in the routine in another phase. */
    static void assertMassagedAreasStretched(RoutinePlan plan, RoutineRequest request) {
        Set<String> inPlan = new HashSet<>();
        plan.steps().forEach(step -> inPlan.add(step.technique().slug()));
        for (String area : request.areas()) {
            boolean massaged = plan.steps().stream().anyMatch(step -> step.phase() == Phase.MASSAGE && step.technique().works(area));
            boolean stretched = plan.steps().stream().anyMatch(step -> step.phase() == Phase.STRETCH && step.technique().works(area));
            boolean unusedStretchLeft = safeCandidates(request).stream()
                .anyMatch(technique -> technique.phases().contains(Phase.STRETCH) && technique.works(area) && !inPlan.contains(technique.slug()));
            if (massaged && unusedStretchLeft) {
                assertThat(stretched).as("massaged %s has a stretch", area).isTrue();
            }
        }
    }

    /** Short of 80% of the time only when every step is already as long as it may be. */
    static void assertBudgetUsed(RoutinePlan plan, RoutineRequest request) {
        if (plan.totalSeconds() * 5 < request.budgetSeconds() * 4) {
            assertThat(plan.steps()).as("steps of a routine short of 80%% of its time")
                .allSatisfy(step -> assertThat(step.seconds()).isEqualTo(StepTime.longest(step.technique())));
        }
    }

    /** Excluded holds exactly the unsafe candidates, in catalog order, each with the rule that ruled it out. */
    static void assertNothingSilentlyDropped(RoutinePlan plan, RoutineRequest request) {
        List<String> expected = candidates(request).stream()
            .filter(technique -> expectedRule(technique, request).isPresent())
            .map(technique -> technique.slug() + " by " + expectedRule(technique, request).orElseThrow())
            .toList();
        assertThat(plan.excluded()).extracting(exclusion -> exclusion.technique().slug() + " by " + exclusion.rule().slug())
            .containsExactlyElementsOf(expected);
    }

    /** Techniques working a requested area, with tools at hand, that the performer can do. */
    static List<Technique> candidates(RoutineRequest request) {
        Set<String> tools = new HashSet<>(CatalogFixture.ALWAYS_AVAILABLE);
        tools.addAll(request.tools());
        return CatalogFixture.TECHNIQUES.stream()
            .filter(technique -> technique.areaSlugs().stream().anyMatch(request.areas()::contains))
            .filter(technique -> tools.containsAll(technique.toolSlugs()))
            .filter(technique -> performerFits(technique, request.performer()))
            .toList();
    }

    static List<Technique> safeCandidates(RoutineRequest request) {
        return candidates(request).stream().filter(technique -> expectedRule(technique, request).isEmpty()).toList();
    }

    /** The first applicable restriction's condition in catalog order, else the pain rule, else none. */
    static Optional<String> expectedRule(Technique technique, RoutineRequest request) {
        SafetyAnswers answers = request.screening();
        for (String condition : CatalogFixture.CONDITIONS) {
            if (!answers.conditions().contains(condition)) {
                continue;
            }
            boolean hit = CatalogFixture.RESTRICTIONS.stream()
                .filter(restriction -> restriction.condition().equals(condition))
                .filter(restriction -> !(restriction.waivedByClearance() && answers.cancerCleared()))
                .anyMatch(restriction -> rulesOut(restriction, technique, answers.affectedAreas()));
            if (hit) {
                return Optional.of(condition);
            }
        }
        if (technique.pressure() != Pressure.LIGHT) {
            if (answers.painLevel() >= 7) {
                return Optional.of("severe-pain");
            }
            if (answers.painWeeks() > 6) {
                return Optional.of("lasting-pain");
            }
        }
        return Optional.empty();
    }

    /** The row's criteria, restated here apart from the safety package's own matcher. */
    private static boolean rulesOut(Restriction row, Technique technique, Set<String> affected) {
        Set<String> scope = switch (row.scope()) {
            case ANY -> Set.copyOf(technique.areaSlugs());
            case AFFECTED -> affected;
            case LISTED -> row.listedAreas();
        };
        return (row.kind() == null || row.kind() == technique.kind())
            && technique.areaSlugs().stream().anyMatch(scope::contains)
            && (row.tool() == null || technique.toolSlugs().contains(row.tool()))
            && (row.posture() == null || row.posture() == technique.posture())
            && (row.movement() == null || row.movement() == technique.movement())
            && (row.maxPressure() == null || technique.pressure().ordinal() > row.maxPressure().ordinal());
    }

    private static boolean performerFits(Technique technique, Performer requested) {
        if (technique.kind() == TechniqueKind.STRETCH) {
            return technique.performer() != Performer.PARTNER || requested == Performer.PARTNER;
        }
        return technique.performer() == Performer.ANY || technique.performer() == requested;
    }
}
