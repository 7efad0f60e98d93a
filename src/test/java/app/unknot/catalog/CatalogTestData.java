package app.unknot.catalog;

import static org.springframework.test.util.ReflectionTestUtils.setField;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small catalog entities for slice tests, built the way JPA would fill them. */
final class CatalogTestData {

    private CatalogTestData() {
    }

    static BodyArea area(String slug, String name, int position) {
        var area = new BodyArea();
        named(area, slug, name);
        setField(area, "description", "About the " + name);
        setField(area, "position", position);
        return area;
    }

    static Tool tool(String slug, String name, boolean alwaysAvailable, int position) {
        var tool = new Tool();
        named(tool, slug, name);
        setField(tool, "description", "About " + name);
        setField(tool, "alwaysAvailable", alwaysAvailable);
        setField(tool, "position", position);
        return tool;
    }

    static Technique flatBack() {
        var technique = new Technique();
        named(technique, "flat-back-90-90", "Flat back (90/90)");
        setField(technique, "kind", TechniqueKind.STRETCH);
        setField(technique, "performer", Performer.ANY);
        setField(technique, "posture", Posture.LYING_ON_BACK);
        setField(technique, "pressure", Pressure.LIGHT);
        setField(technique, "seconds", 150);
        setField(technique, "sides", 1);
        setField(technique, "summary", "Rest your calves on the couch and let the lower back settle.");
        setField(technique, "phases", Set.of(Phase.STRETCH, Phase.COOL_DOWN));
        setField(technique, "areas", new LinkedHashSet<>(List.of(area("lower-back", "Lower back", 6))));
        setField(technique, "tools", new LinkedHashSet<>(List.of(tool("couch", "Couch", true, 10))));
        setField(technique, "instructions", List.of("Lie down.", "Calves on the couch.", "Breathe."));
        setField(technique, "cautions", List.of("Tender is fine, hurting is not."));
        return technique;
    }

    static HealthCondition condition(String slug, String name, boolean local) {
        var condition = new HealthCondition();
        named(condition, slug, name);
        setField(condition, "summary", "What " + name + " is.");
        setField(condition, "advice", "Ask your doctor about " + name + ".");
        setField(condition, "local", local);
        return condition;
    }

    static RedFlag redFlag(String slug, String name, Urgency urgency) {
        var flag = new RedFlag();
        named(flag, slug, name);
        setField(flag, "description", name + " explained.");
        setField(flag, "urgency", urgency);
        return flag;
    }

    private static void named(Object entry, String slug, String name) {
        setField(entry, "slug", slug);
        setField(entry, "name", name);
    }
}
