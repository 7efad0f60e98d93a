package app.unknot.catalog.web;

import app.unknot.catalog.Condition;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.Restriction;
import app.unknot.catalog.Technique;
import app.unknot.catalog.TechniqueKind;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/** A technique as the JSON API shows it: areas, tools and phases by slug. */
final class TechniqueJson {

    private TechniqueJson() {
    }

    record Summary(String slug, String name, TechniqueKind kind, List<String> areas, List<String> tools,
                   Pressure pressure, Performer performer, Posture posture, int seconds, int sides,
                   List<Phase> phases, String summary) {

        static Summary of(Technique t) {
            return new Summary(t.slug(), t.name(), t.kind(), t.areaSlugs(), t.toolSlugs(), t.pressure(),
                t.performer(), t.posture(), t.seconds(), t.sides(), List.copyOf(t.phases()), t.summary());
        }
    }

    /** The summary's fields, then how to do it and what rules it out. */
    record Details(@JsonUnwrapped Summary technique, List<String> instructions, List<String> cautions,
                   List<RuledOutBy> ruledOutBy) {

        static Details of(Technique t, Map<Condition, Restriction> ruledOut) {
            return new Details(Summary.of(t), t.instructionTexts(), t.cautions(), ruledOut.entrySet().stream()
                .map(e -> new RuledOutBy(e.getKey().slug(), e.getValue().reason())).toList());
        }
    }

    /** A condition that rules the technique out, and why. */
    record RuledOutBy(String condition, String reason) {
    }
}
