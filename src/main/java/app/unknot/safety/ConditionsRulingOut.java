package app.unknot.safety;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Condition;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueSafety;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Answers the catalog pages' question: which conditions rule this technique out? A local
 * condition counts as affecting the areas the technique works, so a fracture shows for every one.
 */
@Component
class ConditionsRulingOut implements TechniqueSafety {

    private final Catalog catalog;

    ConditionsRulingOut(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<Condition, Restriction> ruledOutBy(Technique technique) {
        Set<String> ownAreas = Set.copyOf(technique.areaSlugs());
        Map<Condition, Restriction> firstMatch = new LinkedHashMap<>();
        for (Restriction restriction : catalog.restrictions()) {
            if (RestrictionMatcher.rulesOut(restriction, technique, ownAreas)) {
                firstMatch.putIfAbsent(catalog.condition(restriction.condition()), restriction);
            }
        }
        return firstMatch;
    }
}
