package app.unknot.catalog;

import app.unknot.system.Checks;
import static app.unknot.system.Checks.enumSet;
import static app.unknot.system.Checks.requireRange;
import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.requireValue;
import static app.unknot.system.Checks.textList;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A massage technique or a stretch: where it fits in a routine, what it needs, and how to do it.
 *
 * <p>{@code seconds} is the typical time of the whole step, both sides included when {@code sides}
 * is 2; {@code longestSeconds} the longest a therapist would ask for it in one step. {@code movement} is null unless the technique makes a spinal movement some condition rules
 * out. Phases iterate in routine order, areas head to feet, tools in catalog order. A massage is
 * never in the stretch phase and a stretch never in the massage phase.
 */
public record Technique(
        String slug,
        String name,
        TechniqueKind kind,
        Performer performer,
        Posture posture,
        Pressure pressure,
        int seconds,
        int longestSeconds,
        int sides,
        Movement movement,
        Set<Phase> phases,
        List<BodyArea> areas,
        List<Tool> tools,
        String summary,
        List<Instruction> instructions,
        List<String> cautions) {

    private static final int MIN_SECONDS = 15;
    private static final int MAX_SECONDS = 1200;

    public Technique {
        requireText(slug, "technique slug");
        requireText(name, "name of " + slug);
        requireValue(kind, "kind of " + slug);
        requireValue(performer, "performer of " + slug);
        requireValue(posture, "posture of " + slug);
        requireValue(pressure, "pressure of " + slug);
        requireRange(seconds, MIN_SECONDS, MAX_SECONDS, "seconds of " + slug);
        requireRange(longestSeconds, seconds, MAX_SECONDS, "longest seconds of " + slug);
        requireRange(sides, 1, 2, "sides of " + slug);
        phases = enumSet(phases, Phase.class, "phases of " + slug);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException(slug + " needs at least one phase");
        }
        Phase foreign = kind == TechniqueKind.MASSAGE ? Phase.STRETCH : Phase.MASSAGE;
        if (phases.contains(foreign)) {
            throw new IllegalArgumentException(slug + " is a " + kind.slug() + " and cannot be in the " + foreign.slug() + " phase");
        }
        areas = List.copyOf(requireValue(areas, "areas of " + slug));
        if (areas.isEmpty()) {
            throw new IllegalArgumentException(slug + " needs at least one body area");
        }
        textList(areas.stream().map(BodyArea::slug).toList(), "areas of " + slug);
        tools = List.copyOf(requireValue(tools, "tools of " + slug));
        textList(tools.stream().map(Tool::slug).toList(), "tools of " + slug);
        requireText(summary, "summary of " + slug);
        instructions = List.copyOf(requireValue(instructions, "instructions of " + slug));
        cautions = List.copyOf(requireValue(cautions, "cautions of " + slug));
    }

    /**
     * This technique as a routine shows it: only the instruction lines for the given areas (when it
     * has lines for any of them) and for the tools at hand.
     */
    public Technique tailoredTo(Collection<String> routineAreas, Collection<String> toolsAtHand) {
        boolean forTheseAreas = instructions.stream()
            .anyMatch(line -> line.onlyForArea() != null && routineAreas.contains(line.onlyForArea()));
        Collection<String> areasShown = forTheseAreas ? routineAreas : areaSlugs();
        List<Instruction> shown = instructions.stream().filter(line -> line.fits(areasShown, toolsAtHand)).toList();
        return new Technique(slug, name, kind, performer, posture, pressure, seconds, longestSeconds, sides, movement, phases,
            areas, tools, summary, shown, cautions);
    }

    /** The instruction lines as text, in order. */
    public List<String> instructionTexts() {
        return instructions.stream().map(Instruction::text).toList();
    }

    public List<String> areaSlugs() {
        return areas.stream().map(BodyArea::slug).toList();
    }

    public List<String> toolSlugs() {
        return tools.stream().map(Tool::slug).toList();
    }

    public boolean works(String area) {
        return areas.stream().anyMatch(worked -> worked.slug().equals(area));
    }

    public boolean worksAnyOf(Collection<String> wanted) {
        return areas.stream().anyMatch(worked -> wanted.contains(worked.slug()));
    }

    /**
     * Whether it can be done by you alone (anything that needs no partner) or by a partner (what needs
     * one, or a massage either can give: a stretch anyone may do is yours to do).
     */
    public boolean canBeDoneBy(Performer who) {
        return performer == who || performer == Performer.ANY && (who == Performer.SELF || kind == TechniqueKind.MASSAGE);
    }

    public boolean uses(String tool) {
        return tools.stream().anyMatch(used -> used.slug().equals(tool));
    }
}
