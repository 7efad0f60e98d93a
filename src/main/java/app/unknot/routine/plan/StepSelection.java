package app.unknot.routine.plan;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Chooses and times the steps of one routine from the safe candidates; one instance plans one
 * routine.
 *
 * <p>Picks go round the requested areas, main area first: each round gives every area its next
 * massage, together with a warm-up and a stretch for each area that massage newly reaches, then
 * one more stretch while the area has no more stretches than massages. After the first round a
 * routine that has no warm-up yet gets one (a stretch-only routine too), then the cool-down, so a
 * short routine still starts gently and ends calmly. Everything is added at its typical time while
 * it fits; only a massage's paired stretch and the opening warm-up may make steps shorter, down to
 * half. Leftover time then lengthens the steps up to each technique's longest time, massages first;
 * only what is still left after that goes to further stretches.
 */
final class StepSelection {

    private static final int MAX_WARM_UPS = 2;

    private final List<String> areas;
    private final Performer performer;
    private final TimeBudget budget;
    private final List<StepDraft> drafts;
    private final List<Technique> safe;
    private final Set<String> toolsAtHand;
    private final Map<Ranking, List<Technique>> ranked = new HashMap<>();

    /** The safe techniques of a phase for an area (null: any), in the order they are offered. */
    private record Ranking(Phase phase, String area) {
    }

    /**
     * @param safe the safe candidates, in catalog order
     * @param toolsAtHand the tools the person has, which decide the instruction lines a step shows
     */
    StepSelection(RoutineRequest request, List<Technique> safe, Set<String> toolsAtHand) {
        this.areas = request.areas();
        this.performer = request.performer();
        this.budget = new TimeBudget(request.budgetSeconds());
        this.drafts = budget.drafts();
        this.safe = safe;
        this.toolsAtHand = toolsAtHand;
    }

    List<Step> plan() {
        boolean picked = round(true);
        openWithAWarmUp();
        addCoolDown();
        while (picked) {
            picked = round(true);
        }
        budget.lengthen();
        // Only time the balanced routine could not use goes to further stretches.
        while (round(false)) {
            budget.lengthen();
        }
        return steps();
    }

    /**
     * One round over the areas. A balanced round gives an area an extra stretch only while it has
     * no more stretches than massages, so a long routine is not all stretching while a massage could
     * simply last longer.
     */
    private boolean round(boolean balanced) {
        int before = drafts.size();
        for (String area : areas) {
            List<StepDraft> unit = addMassageFor(area);
            boolean paired = unit.stream().anyMatch(draft -> draft.phase == Phase.STRETCH && draft.technique.works(area));
            if (!paired && (!balanced || count(Phase.STRETCH, area) <= count(Phase.MASSAGE, area))) {
                addOneOf(options(Phase.STRETCH, area, List.of()), Phase.STRETCH);
            }
        }
        return drafts.size() > before;
    }

    /**
     * Adds the first massage for the area that fits with its warm-ups and paired stretches, or failing
     * that without the warm-ups; returns what was added.
     */
    private List<StepDraft> addMassageFor(String area) {
        Iterator<Technique> massages = options(Phase.MASSAGE, area, List.of()).iterator();
        while (massages.hasNext()) {
            Technique massage = massages.next();
            List<StepDraft> unit = massageUnit(massage);
            if (budget.fit(unit, pairsAMassage(unit))) {
                return unit;
            }
            List<StepDraft> withoutWarmUps = unit.stream().filter(draft -> draft.phase != Phase.WARM_UP).toList();
            if (withoutWarmUps.size() < unit.size() && budget.fit(withoutWarmUps, pairsAMassage(withoutWarmUps))) {
                return withoutWarmUps;
            }
        }
        return List.of();
    }

    private List<StepDraft> massageUnit(Technique massage) {
        List<String> fresh = areas.stream().filter(massage::works).filter(area -> !covered(Phase.MASSAGE, area, List.of())).toList();
        List<StepDraft> unit = new ArrayList<>();
        for (String area : fresh) {
            if (count(Phase.WARM_UP, unit) < MAX_WARM_UPS && !covered(Phase.WARM_UP, area, unit)) {
                // A technique fit for both phases (head and temple massage) is not its own warm-up.
                options(Phase.WARM_UP, area, unit).filter(warmUp -> !same(warmUp, massage)).findFirst()
                    .ifPresent(warmUp -> unit.add(new StepDraft(warmUp, Phase.WARM_UP)));
            }
        }
        unit.add(new StepDraft(massage, Phase.MASSAGE));
        for (String area : fresh) {
            if (!covered(Phase.STRETCH, area, unit)) {
                options(Phase.STRETCH, area, unit).findFirst().ifPresent(stretch -> unit.add(new StepDraft(stretch, Phase.STRETCH)));
            }
        }
        return unit;
    }

    /** A routine starts gently: when the first round brought no warm-up, one makes room for itself. */
    private void openWithAWarmUp() {
        if (count(Phase.WARM_UP, List.of()) > 0) {
            return;
        }
        Iterator<Technique> warmUps = options(Phase.WARM_UP, null, List.of()).iterator();
        while (warmUps.hasNext()) {
            if (budget.fit(List.of(new StepDraft(warmUps.next(), Phase.WARM_UP)), true)) {
                return;
            }
        }
    }

    private void addCoolDown() {
        addOneOf(options(Phase.COOL_DOWN, null, List.of()), Phase.COOL_DOWN);
    }

    private void addOneOf(Stream<Technique> options, Phase phase) {
        Iterator<Technique> candidates = options.iterator();
        while (candidates.hasNext()) {
            if (budget.fit(List.of(new StepDraft(candidates.next(), phase)), false)) {
                return;
            }
        }
    }

    private static boolean pairsAMassage(List<StepDraft> unit) {
        return unit.stream().anyMatch(draft -> draft.phase == Phase.MASSAGE)
            && unit.stream().anyMatch(draft -> draft.phase == Phase.STRETCH);
    }

    /**
     * Unused safe techniques of the phase working the area (any requested area when null), best
     * first: those working more requested areas, then catalog order. Lazy, so taking the first few
     * costs the same however large the catalog is.
     */
    private Stream<Technique> options(Phase phase, String area, List<StepDraft> unit) {
        return ranked.computeIfAbsent(new Ranking(phase, area), this::rank).stream()
            .filter(technique -> Stream.concat(drafts.stream(), unit.stream()).noneMatch(draft -> same(draft.technique, technique)));
    }

    /** By slug: comparing the records whole, lists and all, was most of a build's time in a large catalog. */
    private static boolean same(Technique one, Technique other) {
        return one.slug().equals(other.slug());
    }

    private List<Technique> rank(Ranking ranking) {
        return safe.stream()
            .filter(technique -> technique.phases().contains(ranking.phase()))
            .filter(technique -> ranking.area() == null || technique.works(ranking.area()))
            .sorted(Comparator.comparingLong((Technique technique) -> areas.stream().filter(technique::works).count()).reversed())
            .toList();
    }

    private boolean covered(Phase phase, String area, List<StepDraft> unit) {
        return Stream.concat(drafts.stream(), unit.stream()).anyMatch(draft -> draft.phase == phase && draft.technique.works(area));
    }

    private long count(Phase phase, List<StepDraft> unit) {
        return Stream.concat(drafts.stream(), unit.stream()).filter(draft -> draft.phase == phase).count();
    }

    private long count(Phase phase, String area) {
        return drafts.stream().filter(draft -> draft.phase == phase && draft.technique.works(area)).count();
    }

    private List<Step> steps() {
        List<StepDraft> ordered = drafts.stream().sorted(Comparator.comparing((StepDraft draft) -> draft.phase)).toList();
        return IntStream.range(0, ordered.size()).mapToObj(i -> step(i + 1, ordered.get(i))).toList();
    }

    private Step step(int order, StepDraft draft) {
        Technique technique = draft.technique;
        List<String> worked = areas.stream().filter(technique::works).toList();
        return new Step(order, draft.phase, technique.tailoredTo(worked, toolsAtHand), performerOf(technique, performer), draft.seconds,
            reason(draft, worked), worked);
    }

    /** A massage is given by whoever the person chose; a stretch is done by the person, unless the technique needs a partner. */
    static Performer performerOf(Technique technique, Performer requested) {
        if (technique.kind() == TechniqueKind.MASSAGE) {
            return requested;
        }
        return technique.performer() == Performer.PARTNER ? Performer.PARTNER : Performer.SELF;
    }

    private StepReason reason(StepDraft draft, List<String> worked) {
        return switch (draft.phase) {
            case WARM_UP -> StepReason.WARM_UP;
            case MASSAGE -> StepReason.MASSAGE;
            case STRETCH -> worked.stream().anyMatch(area -> covered(Phase.MASSAGE, area, List.of()))
                ? StepReason.STRETCH_PAIRED : StepReason.STRETCH;
            case COOL_DOWN -> StepReason.COOL_DOWN;
        };
    }
}
