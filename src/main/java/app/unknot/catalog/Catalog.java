package app.unknot.catalog;

import app.unknot.system.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The whole catalog as one immutable snapshot: techniques, body areas, tools, conditions with their
 * restrictions, and red flags. The catalog only changes through migrations, so it is loaded once
 * ({@link app.unknot.catalog.store.CatalogLoader}) and every page, the API, the safety screen and the
 * routine builder read this same object.
 *
 * <p>Every list is in catalog order, and that order decides: the builder breaks ties by technique
 * order, and conditions are screened in condition order. The constructor refuses a snapshot that
 * refers to a slug it does not hold, so a broken catalog fails at start-up, not in a routine.
 */
public final class Catalog {

    private final Map<String, BodyArea> areas;
    private final Map<String, Tool> tools;
    private final Map<String, Technique> techniques;
    private final Map<String, Condition> conditions;
    private final List<Restriction> restrictions;
    private final Map<String, RedFlag> redFlags;
    /** The techniques in list order, and each area's in its own: what the catalog pages list, found without a scan. */
    private final List<Technique> listed;
    private final Map<String, List<Technique>> listedForArea;
    /** In the catalog's language. */
    private final TechniqueSearch search;
    private final Map<String, List<String>> keywords;

    /**
     * The English catalog.
     *
     * @param keywords the words people search with for a technique, by its slug: "sciatica", "stiff neck"
     */
    public Catalog(List<BodyArea> areas, List<Tool> tools, List<Technique> techniques, List<Condition> conditions,
                   List<Restriction> restrictions, List<RedFlag> redFlags, Map<String, List<String>> keywords) {
        this("en", areas, tools, techniques, conditions, restrictions, redFlags, keywords);
    }

    /** @param language the language of the texts and keywords, which search reads them in ("en", "es", "de") */
    public Catalog(String language, List<BodyArea> areas, List<Tool> tools, List<Technique> techniques, List<Condition> conditions,
                   List<Restriction> restrictions, List<RedFlag> redFlags, Map<String, List<String>> keywords) {
        this.areas = bySlug(areas, BodyArea::slug, "area");
        this.tools = bySlug(tools, Tool::slug, "tool");
        this.techniques = bySlug(techniques, Technique::slug, "technique");
        this.conditions = bySlug(conditions, Condition::slug, "condition");
        List<String> conditionOrder = List.copyOf(this.conditions.keySet());
        this.restrictions = restrictions.stream()
            .sorted(Comparator.comparingInt(restriction -> conditionOrder.indexOf(restriction.condition())))
            .toList();
        this.redFlags = bySlug(redFlags, RedFlag::slug, "red flag");
        // Listed the way one reads a body map, head to feet by the highest area a technique works; for
        // each area massage before stretch, as a routine goes (warmed muscles stretch more easily); then by name.
        // For one area, massage before stretch, and those for that area alone before those for several.
        List<String> areaOrder = List.copyOf(this.areas.keySet());
        Comparator<Technique> massageFirst = Comparator.comparing(Technique::kind);
        this.listed = techniques.stream().sorted(Comparator
                .comparingInt((Technique technique) -> areaOrder.indexOf(technique.areaSlugs().get(0)))
                .thenComparing(massageFirst).thenComparing(Technique::name))
            .toList();
        Comparator<Technique> forOneArea = massageFirst.thenComparingInt(technique -> technique.areas().size())
            .thenComparing(Technique::name);
        this.listedForArea = this.areas.keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
            area -> techniques.stream().filter(technique -> technique.works(area)).sorted(forOneArea).toList()));
        requireKnown(keywords.keySet(), this.techniques.keySet(), "keywords");
        this.keywords = Map.copyOf(keywords);
        this.search = new TechniqueSearch(language, techniques, keywords);
        for (Technique technique : techniques) {
            requireHeld(technique.areas(), this.areas, BodyArea::slug, "areas of " + technique.slug());
            requireHeld(technique.tools(), this.tools, Tool::slug, "tools of " + technique.slug());
        }
        for (Restriction restriction : restrictions) {
            String row = "a " + restriction.condition() + " restriction";
            requireKnown(List.of(restriction.condition()), this.conditions.keySet(), "condition of " + row);
            requireKnown(restriction.listedAreas(), this.areas.keySet(), "listed areas of " + row);
            if (restriction.tool() != null) {
                requireKnown(List.of(restriction.tool()), this.tools.keySet(), "tool of " + row);
            }
        }
    }

    /** The words people search with for each technique, by its slug. */
    public Map<String, List<String>> keywords() {
        return keywords;
    }

    public List<BodyArea> areas() {
        return List.copyOf(areas.values());
    }

    public List<Tool> tools() {
        return List.copyOf(tools.values());
    }

    /** Every technique, in catalog order. */
    public List<Technique> techniques() {
        return List.copyOf(techniques.values());
    }

    public List<Condition> conditions() {
        return List.copyOf(conditions.values());
    }

    /** Every restriction, grouped by condition in condition order, in row order within one. */
    public List<Restriction> restrictions() {
        return restrictions;
    }

    /** Red flags in catalog order (the emergencies first). */
    public List<RedFlag> redFlags() {
        return List.copyOf(redFlags.values());
    }

    /**
     * The areas an ache in these often comes with (a tension headache: the neck and shoulders) that are
     * not among them, in catalog order.
     */
    public List<BodyArea> goingWith(Collection<String> chosen) {
        Set<String> with = chosen.stream().filter(areas::containsKey).flatMap(slug -> areas.get(slug).goesWith().stream())
            .collect(Collectors.toSet());
        return areas.values().stream().filter(area -> with.contains(area.slug()) && !chosen.contains(area.slug())).toList();
    }

    /** The warning signs asked of everyone, whatever areas they name, in catalog order. */
    public List<RedFlag> generalRedFlags() {
        return redFlags.values().stream().filter(RedFlag::general).toList();
    }

    /** The other warning signs, grouped by the areas they are about, each group where its first sign stands. */
    public List<RedFlag.Group> redFlagGroups() {
        Map<List<String>, List<RedFlag>> byAreas = redFlags.values().stream().filter(flag -> !flag.areas().isEmpty())
            .collect(Collectors.groupingBy(RedFlag::areas, LinkedHashMap::new, Collectors.toList()));
        return byAreas.entrySet().stream()
            .map(group -> new RedFlag.Group(group.getKey().stream().map(this::area).toList(), group.getValue())).toList();
    }

    /** The warning signs asked with a condition, in catalog order: bleeding in pregnancy, with pregnancy. */
    public List<RedFlag> redFlagsAskedWith(String condition) {
        return redFlags.values().stream().filter(flag -> condition.equals(flag.askedWith())).toList();
    }

    /** The warning signs asked of someone who names these areas and conditions, in catalog order. */
    public List<RedFlag> redFlagsAskedFor(Collection<String> chosenAreas, Collection<String> conditions) {
        return redFlags.values().stream().filter(flag -> flag.askedFor(chosenAreas, conditions)).toList();
    }

    /** The techniques a filter lets through, in list order: an area's are looked up, the other criteria checked. */
    public List<Technique> techniques(TechniqueFilter filter) {
        List<Technique> candidates = filter.area() == null ? listed : listedForArea.getOrDefault(filter.area(), List.of());
        Predicate<Technique> found = filter.text() == null ? technique -> true : search.finding(filter.text());
        return candidates.stream().filter(technique -> filter.matches(technique) && found.test(technique)).toList();
    }

    /** @throws NotFoundException when the catalog holds no technique with this slug */
    public Technique technique(String slug) {
        Technique technique = techniques.get(slug);
        if (technique == null) {
            throw new NotFoundException("technique");
        }
        return technique;
    }

    public boolean hasTechnique(String slug) {
        return techniques.containsKey(slug);
    }

    public boolean hasArea(String slug) {
        return areas.containsKey(slug);
    }

    public boolean hasTool(String slug) {
        return tools.containsKey(slug);
    }

    public boolean hasCondition(String slug) {
        return conditions.containsKey(slug);
    }

    public boolean hasRedFlag(String slug) {
        return redFlags.containsKey(slug);
    }

    public BodyArea area(String slug) {
        return held(areas, slug, "area");
    }

    public Tool tool(String slug) {
        return held(tools, slug, "tool");
    }

    public Condition condition(String slug) {
        return held(conditions, slug, "condition");
    }

    /** The slugs of the tools everybody has: hands and household furniture. */
    public Set<String> alwaysAvailableTools() {
        return tools.values().stream().filter(Tool::alwaysAvailable).map(Tool::slug).collect(Collectors.toUnmodifiableSet());
    }

    /** The given conditions, in catalog order; unknown slugs are left out. */
    public List<Condition> conditionsIn(Collection<String> slugs) {
        return conditions.values().stream().filter(condition -> slugs.contains(condition.slug())).toList();
    }

    /** The given red flags, in catalog order; unknown slugs are left out. */
    public List<RedFlag> redFlagsIn(Collection<String> slugs) {
        return redFlags.values().stream().filter(flag -> slugs.contains(flag.slug())).toList();
    }

    private static <T> T held(Map<String, T> entries, String slug, String what) {
        T entry = entries.get(slug);
        if (entry == null) {
            throw new IllegalArgumentException("the catalog holds no " + what + " " + slug);
        }
        return entry;
    }

    private static <T> Map<String, T> bySlug(List<T> entries, Function<T, String> slug, String what) {
        return entries.stream().collect(Collectors.toMap(slug, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate " + what + " slug: " + slug.apply(a));
        }, LinkedHashMap::new));
    }

    /** A technique's areas and tools must be the catalog's own entries, not look-alikes. */
    private static <T> void requireHeld(List<T> entries, Map<String, T> held, Function<T, String> slug, String what) {
        requireKnown(entries.stream().map(slug).toList(), held.keySet(), what);
        entries.stream().filter(entry -> !entry.equals(held.get(slug.apply(entry)))).findFirst().ifPresent(entry -> {
            throw new IllegalArgumentException(what + " differ from the catalog's " + slug.apply(entry));
        });
    }

    private static void requireKnown(Collection<String> slugs, Collection<String> known, String what) {
        List<String> unknown = slugs.stream().filter(slug -> !known.contains(slug)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(what + " name unknown slugs: " + unknown);
        }
    }
}
