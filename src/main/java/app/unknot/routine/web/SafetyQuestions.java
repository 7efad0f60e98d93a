package app.unknot.routine.web;

import app.unknot.catalog.Catalog;
import app.unknot.catalog.Catalogs;
import app.unknot.catalog.Condition;
import app.unknot.catalog.RedFlag;
import app.unknot.catalog.TechniqueSafety;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The safety questions the builder form asks, worked out once from the catalog in each language. The form stays short:
 * the general warning signs and conditions for everyone, an area's signs once it is chosen, a condition's
 * signs once it is ticked (bleeding in pregnancy), a condition only where its answer can change a routine,
 * and the conditions of one part of the body (a broken bone, a rash) behind one question. Without script
 * every question shows.
 *
 * @param conditionAreas for each condition, the areas it can change a routine for, space-separated
 */
record SafetyQuestions(List<RedFlag> generalRedFlags, List<RedFlag.Group> redFlagGroups,
                       Map<Condition, List<RedFlag>> redFlagsByCondition, List<Condition> generalConditions,
                       List<Condition> localConditions, Map<String, String> conditionAreas) {

    /** The questions in the catalog's language. */
    static SafetyQuestions of(Catalog catalog, TechniqueSafety safety) {
        return new SafetyQuestions(catalog.generalRedFlags(), catalog.redFlagGroups(), byCondition(catalog),
            catalog.conditions().stream().filter(condition -> !condition.local()).toList(),
            catalog.conditions().stream().filter(Condition::local).toList(),
            catalog.conditions().stream().collect(Collectors.toUnmodifiableMap(Condition::slug,
                condition -> String.join(" ", safety.areasReachedBy(condition)))));
    }

    /** The questions in each language, worked out once for each. */
    @Component
    static class InLanguages {

        private final Catalogs catalogs;
        private final TechniqueSafety safety;
        private final Map<String, SafetyQuestions> asked = new ConcurrentHashMap<>();

        InLanguages(Catalogs catalogs, TechniqueSafety safety) {
            this.catalogs = catalogs;
            this.safety = safety;
        }

        SafetyQuestions in(Locale reader) {
            return asked.computeIfAbsent(reader.getLanguage(), language -> of(catalogs.in(reader), safety));
        }
    }

    /** The signs asked with a condition (bleeding in pregnancy), by condition in catalog order. */
    private static Map<Condition, List<RedFlag>> byCondition(Catalog catalog) {
        Map<Condition, List<RedFlag>> signs = new LinkedHashMap<>();
        catalog.conditions().forEach(condition -> {
            List<RedFlag> asked = catalog.redFlagsAskedWith(condition.slug());
            if (!asked.isEmpty()) {
                signs.put(condition, asked);
            }
        });
        return signs;
    }

    /** The local conditions' slugs, space-separated: what shows the question of where they are. */
    public String localConditionSlugs() {
        return String.join(" ", localConditions.stream().map(Condition::slug).toList());
    }
}
