package app.unknot.catalog;

import app.unknot.system.Checks;
import static app.unknot.system.Checks.requireText;

import java.util.Collection;

/**
 * One line of a technique's instructions. Most lines are for everyone; a line can be for one area
 * only (how to do it on the lower back, in a technique that also works the neck) or only when a tool
 * is at hand (lotion), so a routine shows the lines that fit it and the catalog shows them all.
 *
 * @param onlyForArea the area slug the line is about, or null
 * @param onlyWithTool the tool slug the line needs, or null
 */
public record Instruction(String text, String onlyForArea, String onlyWithTool) {

    public Instruction {
        requireText(text, "instruction");
    }

    /** A line for everyone. */
    public static Instruction of(String text) {
        return new Instruction(text, null, null);
    }

    boolean fits(Collection<String> areas, Collection<String> tools) {
        return (onlyForArea == null || areas.contains(onlyForArea)) && (onlyWithTool == null || tools.contains(onlyWithTool));
    }
}
