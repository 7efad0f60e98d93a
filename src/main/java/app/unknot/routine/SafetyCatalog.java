package app.unknot.routine;

import static app.unknot.routine.Checks.requireValue;
import static app.unknot.routine.Checks.textList;
import static app.unknot.routine.Checks.textSet;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The catalog snapshot the routine builder works from.
 *
 * <p>Every list is in catalog order, and that order decides: techniques break ties by it, and a
 * technique is screened against the conditions in this order (the first matching restriction is
 * the recorded rule). The constructor refuses a snapshot that refers to a slug it does not know,
 * so a broken catalog fails at load time rather than in a routine.
 *
 * @param techniques all techniques, in catalog order
 * @param areas known body-area slugs
 * @param tools known tool slugs
 * @param alwaysAvailableTools tools everybody has (hands, household furniture)
 * @param conditions known condition slugs
 * @param localConditions conditions that apply to the areas the person names (fracture, burn, wound)
 * @param restrictions what each condition rules out, in order within a condition
 * @param redFlags symptoms that stop any routine
 */
public record SafetyCatalog(
        List<TechniqueCard> techniques,
        List<String> areas,
        List<String> tools,
        Set<String> alwaysAvailableTools,
        List<String> conditions,
        Set<String> localConditions,
        List<Restriction> restrictions,
        List<RedFlagCard> redFlags) {

    public SafetyCatalog {
        techniques = List.copyOf(requireValue(techniques, "techniques"));
        areas = textList(areas, "areas");
        tools = textList(tools, "tools");
        alwaysAvailableTools = textSet(requireValue(alwaysAvailableTools, "always-available tools"), "always-available tools");
        conditions = textList(conditions, "conditions");
        localConditions = textSet(requireValue(localConditions, "local conditions"), "local conditions");
        restrictions = List.copyOf(requireValue(restrictions, "restrictions"));
        redFlags = List.copyOf(requireValue(redFlags, "red flags"));

        requireDistinct(techniques.stream().map(TechniqueCard::slug), "technique");
        requireDistinct(redFlags.stream().map(RedFlagCard::slug), "red flag");
        requireKnown(alwaysAvailableTools, tools, "always-available tools");
        requireKnown(localConditions, conditions, "local conditions");
        for (TechniqueCard technique : techniques) {
            requireKnown(technique.areas(), areas, "areas of " + technique.slug());
            requireKnown(technique.tools(), tools, "tools of " + technique.slug());
        }
        for (Restriction restriction : restrictions) {
            requireKnown(List.of(restriction.condition()), conditions, "restriction conditions");
            requireKnown(restriction.listedAreas(), areas, "listed areas of a " + restriction.condition() + " restriction");
            if (restriction.tool() != null) {
                requireKnown(List.of(restriction.tool()), tools, "tool of a " + restriction.condition() + " restriction");
            }
        }
    }

    /**
     * The request's slugs this catalog does not know, by request field ({@code areas}, {@code tools},
     * {@code conditions}, {@code affectedAreas}, {@code redFlags}: the {@link RoutineRequest}
     * component names), sorted; fields without unknown slugs are left out, so empty means all known.
     */
    Map<String, List<String>> unknownSlugs(RoutineRequest request) {
        List<String> flagSlugs = redFlags.stream().map(RedFlagCard::slug).toList();
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        putUnknown(unknown, "areas", request.areas(), areas);
        putUnknown(unknown, "tools", request.tools(), tools);
        putUnknown(unknown, "conditions", request.conditions(), conditions);
        putUnknown(unknown, "affectedAreas", request.affectedAreas(), areas);
        putUnknown(unknown, "redFlags", request.redFlags(), flagSlugs);
        return unknown;
    }

    /** The local conditions in the request, in catalog order, when it names no affected area; else none. */
    List<String> localConditionsMissingAreas(RoutineRequest request) {
        if (!request.affectedAreas().isEmpty()) {
            return List.of();
        }
        return conditionsIn(request.conditions()).stream().filter(localConditions::contains).toList();
    }

    /** The given conditions in catalog order. */
    List<String> conditionsIn(Collection<String> given) {
        return conditions.stream().filter(given::contains).toList();
    }

    /** The red flags raised, most urgent first, then in catalog order. */
    List<RedFlagCard> redFlagsRaised(Collection<String> given) {
        return redFlags.stream()
            .filter(flag -> given.contains(flag.slug()))
            .sorted(Comparator.comparing(RedFlagCard::urgency))
            .toList();
    }

    /** The always-available tools plus the person's own. */
    Set<String> availableTools(Collection<String> own) {
        Set<String> available = new HashSet<>(alwaysAvailableTools);
        available.addAll(own);
        return available;
    }

    private static void putUnknown(Map<String, List<String>> unknown, String field, Collection<String> given,
            Collection<String> known) {
        List<String> missing = given.stream().filter(slug -> !known.contains(slug)).sorted().toList();
        if (!missing.isEmpty()) {
            unknown.put(field, missing);
        }
    }

    private static void requireDistinct(Stream<String> slugs, String what) {
        Set<String> seen = new HashSet<>();
        slugs.forEach(slug -> {
            if (!seen.add(slug)) {
                throw new IllegalArgumentException("duplicate " + what + " slug: " + slug);
            }
        });
    }

    private static void requireKnown(Collection<String> slugs, Collection<String> known, String what) {
        List<String> unknown = slugs.stream().filter(slug -> !known.contains(slug)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(what + " name unknown slugs: " + unknown);
        }
    }
}
