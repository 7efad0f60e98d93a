package app.unknot.routine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.unknot.catalog.CatalogFixture;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Technique;
import app.unknot.safety.Exclusion.PersonalRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safety invariant under a therapist's edits: over random requests and random sequences of
 * adjustments (add any technique of the catalog, remove, move, retime), every step the screen or
 * what hurt rules out is refused by name, and no adjustment the builder accepts ever holds one.
 * The rules are restated apart from the safety package, in {@link PlanInvariants#expectedRule}.
 */
class AdjustmentPropertyTests {

    private static final RoutineBuilder BUILDER = RequestFixture.builder();
    private static final int EDITS = 60;

    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noSequenceOfAdjustmentsEverYieldsAStepTheScreenExcludes(int seed) {
        var random = new Random(seed);
        RoutineRequest request = randomRequest(random);
        Map<String, String> hurt = new HashMap<>();
        CatalogFixture.TECHNIQUES.stream().filter(technique -> random.nextInt(8) == 0)
            .forEach(technique -> hurt.put(technique.slug(), "hurt on 1 December"));
        RoutinePlan built = BUILDER.build(request, hurt);
        List<ChosenStep> chosen = new ArrayList<>(built.steps().stream()
            .map(step -> new ChosenStep(step.technique().slug(), step.seconds(), null)).toList());
        List<Technique> candidates = PlanInvariants.candidates(request);
        List<RequestProblem> problems = List.of();
        int accepted = 0;
        for (int edit = 0; edit < EDITS; edit++) {
            edit(chosen, random, candidates, problems);
            problems = BUILDER.problems(request, hurt, chosen);
            for (int i = 0; i < chosen.size(); i++) {
                Technique technique = CatalogFixture.CATALOG.technique(chosen.get(i).technique());
                if (PlanInvariants.expectedRule(technique, request).isPresent() || hurt.containsKey(technique.slug())) {
                    assertThat(problems).as("%s at step %d for %s", technique.slug(), i, request)
                        .contains(new RequestProblem("steps[" + i + "].technique", RequestProblem.RULED_OUT,
                            List.of(technique.name(), PlanInvariants.expectedRule(technique, request).orElse(PersonalRule.HURT.slug()))));
                }
            }
            if (problems.isEmpty()) {
                RoutinePlan shaped = BUILDER.shape(request, hurt, chosen, Map.of());
                PlanInvariants.assertSafe(shaped, request);
                assertThat(shaped.steps()).extracting(step -> step.technique().slug()).doesNotContainAnyElementsOf(hurt.keySet())
                    .containsExactlyElementsOf(chosen.stream().map(ChosenStep::technique).toList());
                accepted++;
            }
        }
        // Edits are accepted some of the time whenever something is safe, so the check above is not vacuous.
        boolean anythingSafe = candidates.stream().anyMatch(technique ->
            PlanInvariants.expectedRule(technique, request).isEmpty() && !hurt.containsKey(technique.slug()));
        assertThat(accepted > 0).as("some adjustment accepted for %s", request).isEqualTo(anythingSafe);
    }

    private static RoutineRequest randomRequest(Random random) {
        List<String> areas = new ArrayList<>(CatalogFixture.AREAS);
        Collections.shuffle(areas, random);
        RequestFixture.RequestBuilder request = RequestFixture.request(areas.subList(0, 1 + random.nextInt(3)).toArray(String[]::new))
            .by(random.nextBoolean() ? Performer.SELF : Performer.PARTNER)
            .minutes(5 + random.nextInt(56))
            .pain(random.nextInt(11), random.nextInt(12));
        if (random.nextBoolean()) {
            request.allTools();
        }
        List<String> conditions = new ArrayList<>(CatalogFixture.CONDITIONS);
        Collections.shuffle(conditions, random);
        request.conditions(conditions.subList(0, random.nextInt(3)).toArray(String[]::new));
        request.affected(areas.get(random.nextInt(areas.size())));
        if (random.nextInt(4) == 0) {
            request.cleared();
        }
        return request.build();
    }

    /**
     * One random edit, as the adjust page or an API client could make it: add one of the routine's
     * candidates or any technique at all, remove a step (more often one just refused), move or retime one.
     */
    private static void edit(List<ChosenStep> chosen, Random random, List<Technique> candidates, List<RequestProblem> problems) {
        if (!problems.isEmpty() && random.nextBoolean()) {
            problems.stream().map(RequestProblem::field).filter(field -> field.startsWith("steps[")).findFirst()
                .map(field -> Integer.parseInt(field.substring(6, field.indexOf(']'))))
                .ifPresentOrElse(at -> chosen.remove((int) at), () -> chosen.add(anyOf(candidates, random)));
            return;
        }
        int what = random.nextInt(chosen.isEmpty() ? 1 : 4);
        switch (what) {
            case 0 -> chosen.add(random.nextInt(chosen.size() + 1),
                anyOf(random.nextBoolean() || candidates.isEmpty() ? CatalogFixture.TECHNIQUES : candidates, random));
            case 1 -> chosen.remove(random.nextInt(chosen.size()));
            case 2 -> Collections.swap(chosen, random.nextInt(chosen.size()), random.nextInt(chosen.size()));
            default -> {
                int at = random.nextInt(chosen.size());
                Technique technique = CatalogFixture.CATALOG.technique(chosen.get(at).technique());
                List<Integer> times = StepTime.choices(technique);
                chosen.set(at, new ChosenStep(technique.slug(), times.get(random.nextInt(times.size())), "retimed"));
            }
        }
    }

    private static ChosenStep anyOf(List<Technique> techniques, Random random) {
        Technique technique = techniques.get(random.nextInt(techniques.size()));
        return new ChosenStep(technique.slug(), StepTime.typical(technique), null);
    }
}
