package app.unknot.safety;

import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import java.util.Set;

/**
 * What a {@link Restriction} row covers: the one definition the routine builder and the catalog
 * pages share.
 *
 * <p>A row rules a technique out when every criterion it sets matches: the kind; the areas
 * ({@code ANY} always, {@code AFFECTED} the person's affected areas, {@code LISTED} the row's own
 * list; a technique matches when it works any one of them); a tool the technique uses; the
 * posture; the movement; a pressure above {@code maxPressure}. Criteria left null match anything.
 */
final class RestrictionMatcher {

    private RestrictionMatcher() {
    }

    static boolean rulesOut(Restriction row, Technique technique, Set<String> affectedAreas) {
        return (row.kind() == null || row.kind() == technique.kind())
            && inScope(row, technique, affectedAreas)
            && (row.tool() == null || technique.uses(row.tool()))
            && (row.posture() == null || row.posture() == technique.posture())
            && (row.movement() == null || row.movement() == technique.movement())
            && (row.maxPressure() == null || technique.pressure().compareTo(row.maxPressure()) > 0);
    }

    private static boolean inScope(Restriction row, Technique technique, Set<String> affectedAreas) {
        return switch (row.scope()) {
            case ANY -> true;
            case AFFECTED -> technique.worksAnyOf(affectedAreas);
            case LISTED -> technique.worksAnyOf(row.listedAreas());
        };
    }
}
