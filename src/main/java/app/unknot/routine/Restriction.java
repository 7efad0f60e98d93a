package app.unknot.routine;

import static app.unknot.routine.Checks.requireText;
import static app.unknot.routine.Checks.requireValue;

import app.unknot.catalog.AreaScope;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.TechniqueKind;
import java.util.Set;

/**
 * One thing a health condition rules out, as catalog data.
 *
 * <p>It rules a technique out when every criterion that is set matches: the kind; the areas
 * ({@code ANY} always, {@code AFFECTED} the person's affected areas, {@code LISTED} the
 * {@code listedAreas}); a tool the technique uses; the posture; the movement; a pressure above
 * {@code maxPressure}. Null criteria match anything. A {@code waivedByClearance} row stops applying
 * once the person's care team has cleared massage. {@code reason} is shown to the person as is.
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

    boolean matches(TechniqueCard technique, Set<String> affectedAreas) {
        return (kind == null || kind == technique.kind())
            && inScope(technique, affectedAreas)
            && (tool == null || technique.tools().contains(tool))
            && (posture == null || posture == technique.posture())
            && (movement == null || movement == technique.movement())
            && (maxPressure == null || technique.pressure().compareTo(maxPressure) > 0);
    }

    private boolean inScope(TechniqueCard technique, Set<String> affectedAreas) {
        return switch (scope) {
            case ANY -> true;
            case AFFECTED -> technique.worksAnyOf(affectedAreas);
            case LISTED -> technique.worksAnyOf(listedAreas);
        };
    }
}
