package app.unknot.safety;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.Condition;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueSafety;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Answers the catalog pages' question: which conditions rule this technique out? A local
 * condition counts as affecting the areas the technique works, so a fracture shows for every one.
 * And the form's: where can a condition change a routine at all?
 */
@Component
class ConditionsRulingOut implements TechniqueSafety {

    private final Catalog catalog;
    /** Worked out once: the catalog never changes while the app runs. */
    private final Map<String, List<String>> areasReached;

    ConditionsRulingOut(Catalog catalog) {
        this.catalog = catalog;
        Map<String, Set<String>> reached = new HashMap<>();
        for (Technique technique : catalog.techniques()) {
            ruledOutBy(technique).keySet().forEach(condition ->
                reached.computeIfAbsent(condition.slug(), slug -> new HashSet<>()).addAll(technique.areaSlugs()));
        }
        this.areasReached = reached.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
            entry -> catalog.areas().stream().map(BodyArea::slug).filter(entry.getValue()::contains).toList()));
    }

    @Override
    public List<String> areasReachedBy(Condition condition) {
        return areasReached.getOrDefault(condition.slug(), List.of());
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
