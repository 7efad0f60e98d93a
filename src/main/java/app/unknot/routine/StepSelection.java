package app.unknot.routine;

import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Chooses and times the steps of one routine from the safe candidates; one instance plans one
 * routine.
 *
 * <p>Picks go round the requested areas, main area first: each round gives every area its next
 * massage, together with a warm-up and a stretch for each area that massage newly reaches, then
 * one more stretch while the area has no more stretches than massages. The cool-down is tried after
 * the first round, so a short routine still ends calmly. Everything is added at its typical time
 * while it fits; only a massage's paired stretch may make steps shorter, down to half. Leftover time
 * then lengthens the steps up to twice their typical time, massages first; only what is still left
 * after that goes to further stretches.
 */
final class StepSelection {

    private static final int MAX_WARM_UPS = 2;
    private static final List<Phase> LENGTHEN_FIRST = List.of(Phase.MASSAGE, Phase.STRETCH, Phase.WARM_UP, Phase.COOL_DOWN);

    private final List<String> areas;
    private final Performer performer;
    private final int budget;
    private final List<Technique> safe;
    private final List<StepDraft> drafts = new ArrayList<>();
    private final Map<Ranking, List<Technique>> ranked = new HashMap<>();

    /** The safe techniques of a phase for an area (null: any), in the order they are offered. */
    private record Ranking(Phase phase, String area) {
    }

    /** @param safe the safe candidates, in catalog order */
    StepSelection(RoutineRequest request, List<Technique> safe) {
        this.areas = request.areas();
        this.performer = request.performer();
        this.budget = request.budgetSeconds();
        this.safe = safe;
    }

    List<Step> plan() {
        boolean picked = round(true);
        addCoolDown();
        while (picked) {
            picked = round(true);
        }
        lengthen();
        // Only time the balanced routine could not use goes to further stretches.
        while (round(false)) {
            lengthen();
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
            if (fit(unit)) {
                return unit;
            }
            List<StepDraft> withoutWarmUps = unit.stream().filter(draft -> draft.phase != Phase.WARM_UP).toList();
            if (withoutWarmUps.size() < unit.size() && fit(withoutWarmUps)) {
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

    private void addCoolDown() {
        addOneOf(options(Phase.COOL_DOWN, null, List.of()), Phase.COOL_DOWN);
    }

    private void addOneOf(Stream<Technique> options, Phase phase) {
        Iterator<Technique> candidates = options.iterator();
        while (candidates.hasNext()) {
            if (fit(List.of(new StepDraft(candidates.next(), phase)))) {
                return;
            }
        }
    }

    /**
     * Adds the unit if it fits at typical times, or, when it brings a massage its paired stretch,
     * once steps are shortened to make room.
     */
    private boolean fit(List<StepDraft> unit) {
        int deficit = planned() + unit.stream().mapToInt(draft -> draft.seconds).sum() - budget;
        if (deficit > 0 && !(pairsAMassage(unit) && shorten(unit, deficit))) {
            return false;
        }
        drafts.addAll(unit);
        return true;
    }

    private static boolean pairsAMassage(List<StepDraft> unit) {
        return unit.stream().anyMatch(draft -> draft.phase == Phase.MASSAGE)
            && unit.stream().anyMatch(draft -> draft.phase == Phase.STRETCH);
    }

    /** Frees the deficit by shortening steps, latest pick first, none below its shortest; changes nothing when it cannot. */
    private boolean shorten(List<StepDraft> unit, int deficit) {
        List<StepDraft> latestFirst = new ArrayList<>(drafts);
        latestFirst.addAll(unit);
        Collections.reverse(latestFirst);
        if (latestFirst.stream().mapToInt(StepDraft::slack).sum() < deficit) {
            return false;
        }
        int missing = deficit;
        for (StepDraft draft : latestFirst) {
            int cut = Math.min(draft.slack(), StepTime.roundUp(Math.max(missing, 0), StepTime.grain(draft.technique)));
            draft.seconds -= cut;
            missing -= cut;
        }
        return true;
    }

    /**
     * Spends spare time where it helps most: massages first, then stretches, then the warm-up and
     * cool-down, a grain at a time in pick order within each.
     */
    private void lengthen() {
        for (Phase phase : LENGTHEN_FIRST) {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (StepDraft draft : drafts) {
                    int grain = StepTime.grain(draft.technique);
                    if (draft.phase == phase && draft.seconds + grain <= StepTime.longest(draft.technique)
                            && planned() + grain <= budget) {
                        draft.seconds += grain;
                        grew = true;
                    }
                }
            }
        }
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

    private int planned() {
        return drafts.stream().mapToInt(draft -> draft.seconds).sum();
    }

    private List<Step> steps() {
        List<StepDraft> ordered = drafts.stream().sorted(Comparator.comparing((StepDraft draft) -> draft.phase)).toList();
        return IntStream.range(0, ordered.size()).mapToObj(i -> step(i + 1, ordered.get(i))).toList();
    }

    private Step step(int order, StepDraft draft) {
        Technique technique = draft.technique;
        List<String> worked = areas.stream().filter(technique::works).toList();
        return new Step(order, draft.phase, technique, performerOf(technique), draft.seconds, reason(draft, worked), worked);
    }

    /** A massage is given by whoever the person chose; a stretch is done by the person, unless the technique needs a partner. */
    private Performer performerOf(Technique technique) {
        if (technique.kind() == TechniqueKind.MASSAGE) {
            return performer;
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
