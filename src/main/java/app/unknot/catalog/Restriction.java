package app.unknot.catalog;

import app.unknot.system.Checks;
import static app.unknot.system.Checks.requireText;
import static app.unknot.system.Checks.requireValue;

import java.util.Set;

/**
 * One thing a condition rules out, as catalog data: criteria on a technique, all of which must
 * match, and the reason shown to the person. Null criteria match anything. What the criteria mean
 * is decided in one place, {@code app.unknot.safety.RestrictionMatcher}.
 *
 * @param condition the condition's slug
 * @param scope which areas the row covers; {@code listedAreas} is set exactly when it is {@code LISTED}
 * @param tool a tool slug, or null
 * @param maxPressure the most pressure allowed, or null
 * @param waivedByClearance the row stops applying once the person's care team has cleared massage
 */
public record Restriction(
        String condition,
        TechniqueKind kind,
        AreaScope scope,
        Set<String> listedAreas,
        String tool,
        Posture posture,
        Movement movement,
        Pressure maxPressure,
        boolean waivedByClearance,
        String reason) {

    public Restriction {
        requireText(condition, "restriction condition");
        requireValue(scope, "area scope of a " + condition + " restriction");
        listedAreas = Checks.textSet(requireValue(listedAreas, "listed areas of a " + condition + " restriction"),
            "listed areas of a " + condition + " restriction");
        if ((scope == AreaScope.LISTED) == listedAreas.isEmpty()) {
            throw new IllegalArgumentException("a " + condition + " restriction lists areas exactly when its scope is listed");
        }
        if (tool != null) {
            requireText(tool, "tool of a " + condition + " restriction");
        }
        if (maxPressure == Pressure.FIRM) {
            throw new IllegalArgumentException("a " + condition + " restriction cannot cap pressure at firm: nothing is above it");
        }
        requireText(reason, "reason of a " + condition + " restriction");
    }
}
