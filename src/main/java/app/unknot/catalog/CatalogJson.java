package app.unknot.catalog;

import app.unknot.model.CatalogEntry;
import java.util.List;

/** JSON shapes of the catalog API. Enums and references appear as slugs. */
final class CatalogJson {

    private CatalogJson() {
    }

    record Area(String slug, String name, String description) {
        static Area of(BodyArea area) {
            return new Area(area.getSlug(), area.getName(), area.getDescription());
        }
    }

    record ToolItem(String slug, String name, String description, boolean alwaysAvailable) {
        static ToolItem of(Tool tool) {
            return new ToolItem(tool.getSlug(), tool.getName(), tool.getDescription(), tool.isAlwaysAvailable());
        }
    }

    record Condition(String slug, String name, String summary, String advice, boolean local) {
        static Condition of(HealthCondition condition) {
            return new Condition(condition.getSlug(), condition.getName(), condition.getSummary(),
                condition.getAdvice(), condition.isLocal());
        }
    }

    record Flag(String slug, String name, String description, String urgency) {
        static Flag of(RedFlag flag) {
            return new Flag(flag.getSlug(), flag.getName(), flag.getDescription(), flag.getUrgency().slug());
        }
    }

    record TechniqueSummary(String slug, String name, String kind, List<String> areas, List<String> tools,
                            String pressure, String performer, String posture, int seconds, int sides,
                            List<String> phases, String summary) {
        static TechniqueSummary of(Technique t) {
            return new TechniqueSummary(t.getSlug(), t.getName(), t.getKind().slug(), slugs(t.getAreas()),
                slugs(t.getTools()), t.getPressure().slug(), t.getPerformer().slug(), t.getPosture().slug(),
                t.getSeconds(), t.getSides(), t.getPhases().stream().map(Phase::slug).toList(), t.getSummary());
        }
    }

    record RuledOutBy(String condition, String reason) {
    }

    record TechniqueDetails(String slug, String name, String kind, List<String> areas, List<String> tools,
                            String pressure, String performer, String posture, int seconds, int sides,
                            List<String> phases, String summary, List<String> instructions,
                            List<String> cautions, List<RuledOutBy> ruledOutBy) {
        static TechniqueDetails of(Technique t, List<RuledOut> ruledOut) {
            TechniqueSummary s = TechniqueSummary.of(t);
            return new TechniqueDetails(s.slug(), s.name(), s.kind(), s.areas(), s.tools(), s.pressure(),
                s.performer(), s.posture(), s.seconds(), s.sides(), s.phases(), s.summary(), t.getInstructions(),
                t.getCautions(), ruledOut.stream().map(r -> new RuledOutBy(r.conditionSlug(), r.reason())).toList());
        }
    }

    private static List<String> slugs(List<? extends CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::getSlug).toList();
    }
}
