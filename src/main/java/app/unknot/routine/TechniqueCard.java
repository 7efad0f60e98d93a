package app.unknot.routine;

import static app.unknot.routine.Checks.enumSet;
import static app.unknot.routine.Checks.requireRange;
import static app.unknot.routine.Checks.requireText;
import static app.unknot.routine.Checks.requireValue;
import static app.unknot.routine.Checks.textList;

import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.TechniqueKind;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A catalog technique as the routine builder sees it.
 *
 * <p>The card carries no position: catalog order is the order of {@link SafetyCatalog#techniques()},
 * and the builder breaks every tie by it. {@code seconds} is the typical total time, both sides
 * included when {@code sides} is 2. {@code movement} is null for techniques without a restricted
 * spinal movement. Phases iterate in routine order. A massage never sits in the stretch phase and a
 * stretch never in the massage phase.
 */
public record TechniqueCard(
        String slug,
        String name,
        TechniqueKind kind,
        Performer performer,
        Posture posture,
        Pressure pressure,
        int seconds,
        int sides,
        Movement movement,
        Set<Phase> phases,
        List<String> areas,
        List<String> tools,
        List<String> instructions,
        List<String> cautions) {

    private static final int MIN_SECONDS = 15;
    private static final int MAX_SECONDS = 1200;

    public TechniqueCard {
        requireText(slug, "technique slug");
        requireText(name, "name of " + slug);
        requireValue(kind, "kind of " + slug);
        requireValue(performer, "performer of " + slug);
        requireValue(posture, "posture of " + slug);
        requireValue(pressure, "pressure of " + slug);
        requireRange(seconds, MIN_SECONDS, MAX_SECONDS, "seconds of " + slug);
        requireRange(sides, 1, 2, "sides of " + slug);
        phases = enumSet(phases, Phase.class, "phases of " + slug);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException(slug + " needs at least one phase");
        }
        Phase foreign = kind == TechniqueKind.MASSAGE ? Phase.STRETCH : Phase.MASSAGE;
        if (phases.contains(foreign)) {
            throw new IllegalArgumentException(slug + " is a " + kind.slug() + " and cannot be in the " + foreign.slug() + " phase");
        }
        areas = textList(areas, "areas of " + slug);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException(slug + " needs at least one body area");
        }
        tools = textList(tools, "tools of " + slug);
        instructions = List.copyOf(requireValue(instructions, "instructions of " + slug));
        cautions = List.copyOf(requireValue(cautions, "cautions of " + slug));
    }

    boolean works(String area) {
        return areas.contains(area);
    }

    boolean worksAnyOf(Collection<String> wanted) {
        return areas.stream().anyMatch(wanted::contains);
    }
}
