package app.unknot.routine;

import app.unknot.catalog.BodyArea;
import app.unknot.catalog.Catalog;
import app.unknot.catalog.ConditionRestriction;
import app.unknot.catalog.HealthCondition;
import app.unknot.catalog.RuledOut;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueSafety;
import app.unknot.catalog.Tool;
import app.unknot.model.CatalogEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the catalog's entities into the plain {@link SafetyCatalog} the builder works from. The
 * catalog only changes through migrations, so it is read once, on first use, and kept.
 */
@Component
class SafetyCatalogSource implements TechniqueSafety {

    private final Catalog catalog;
    private volatile Snapshot snapshot;

    SafetyCatalogSource(Catalog catalog) {
        this.catalog = catalog;
    }

    SafetyCatalog get() {
        return snapshot().safety();
    }

    /** The card of a technique by slug, for showing saved routines. */
    TechniqueCard card(String slug) {
        return snapshot().cards().get(slug);
    }

    @Override
    public List<RuledOut> ruledOutBy(Technique technique) {
        Snapshot current = snapshot();
        TechniqueCard card = current.cards().get(technique.getSlug());
        Set<String> ownAreas = Set.copyOf(card.areas());
        Map<String, Restriction> firstMatchByCondition = new LinkedHashMap<>();
        for (Restriction restriction : current.safety().restrictions()) {
            if (restriction.matches(card, ownAreas)) {
                firstMatchByCondition.putIfAbsent(restriction.condition(), restriction);
            }
        }
        return firstMatchByCondition.values().stream()
            .map(r -> new RuledOut(r.condition(), current.conditionNames().get(r.condition()), r.reason()))
            .toList();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot load() {
        List<Tool> tools = catalog.tools();
        List<HealthCondition> conditions = catalog.conditions();
        List<TechniqueCard> cards = catalog.allTechniques().stream().map(SafetyCatalogSource::card).toList();
        var safety = new SafetyCatalog(
            cards,
            slugs(catalog.areas()),
            slugs(tools),
            tools.stream().filter(Tool::isAlwaysAvailable).map(Tool::getSlug).collect(Collectors.toSet()),
            slugs(conditions),
            conditions.stream().filter(HealthCondition::isLocal).map(HealthCondition::getSlug).collect(Collectors.toSet()),
            catalog.restrictions().stream().map(SafetyCatalogSource::restriction).toList(),
            catalog.redFlags().stream().map(f -> new RedFlagCard(f.getSlug(), f.getName(), f.getUrgency())).toList());
        Map<String, TechniqueCard> bySlug = cards.stream()
            .collect(Collectors.toMap(TechniqueCard::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> names = conditions.stream()
            .collect(Collectors.toMap(HealthCondition::getSlug, HealthCondition::getName, (a, b) -> a, LinkedHashMap::new));
        return new Snapshot(safety, bySlug, names);
    }

    private static TechniqueCard card(Technique t) {
        return new TechniqueCard(t.getSlug(), t.getName(), t.getKind(), t.getPerformer(), t.getPosture(),
            t.getPressure(), t.getSeconds(), t.getSides(), t.getMovement(), Set.copyOf(t.getPhases()),
            slugs(t.getAreas()), slugs(t.getTools()), t.getInstructions(), t.getCautions());
    }

    private static Restriction restriction(ConditionRestriction r) {
        return new Restriction(r.getCondition().getSlug(), r.getKind(), r.getAreaScope(),
            r.getListedAreas().stream().map(BodyArea::getSlug).collect(Collectors.toSet()),
            r.getTool() == null ? null : r.getTool().getSlug(), r.getPosture(), r.getMovement(), r.getMaxPressure(),
            r.isWaivedByClearance(), r.getReason());
    }

    private static List<String> slugs(List<? extends CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::getSlug).toList();
    }

    private record Snapshot(SafetyCatalog safety, Map<String, TechniqueCard> cards, Map<String, String> conditionNames) {
    }
}
