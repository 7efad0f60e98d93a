package app.unknot.catalog.content;

import app.unknot.catalog.AreaScope;
import app.unknot.catalog.Movement;
import app.unknot.catalog.Performer;
import app.unknot.catalog.Phase;
import app.unknot.catalog.Posture;
import app.unknot.catalog.Pressure;
import app.unknot.catalog.TechniqueKind;
import app.unknot.catalog.Urgency;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * The catalog as its content files say it (src/main/resources/catalog, described in the README
 * there): what a reviewer reads and a translator works beside. Every sentence people read sits in an
 * {@code en} block, and its Spanish and German beside it in {@code es} and {@code de} blocks of the same
 * shape. Lists are in catalog order.
 */
record Content(List<Area> areas, List<Tool> tools, Map<String, Technique> techniqueFiles, List<Condition> conditions,
               List<RedFlag> redFlags) {

    /** The techniques, in file-name order. */
    List<Technique> techniques() {
        return List.copyOf(techniqueFiles.values());
    }

    /** @param goesWith the areas an ache here often comes with, which a routine offers to add */
    record Area(String slug, List<String> goesWith, AreaText en, AreaText es, AreaText de) {

        Area {
            goesWith = orNone(goesWith);
        }
    }

    /** @param whyWith why the areas it goes with help, when it has any */
    record AreaText(String name, String description, String whyWith) {
    }

    record Tool(String slug, boolean alwaysAvailable, ToolText en, ToolText es, ToolText de) {
    }

    record ToolText(String name, String description) {
    }

    /**
     * One technique's file, named after its slug.
     *
     * @param position where it stands in catalog order, which breaks the builder's ties
     */
    record Technique(String slug, int position, TechniqueKind kind, Performer performer, Posture posture,
                     Pressure pressure, int seconds, int longestSeconds, int sides, Movement movement, List<Phase> phases,
                     List<String> areas, List<String> tools, Picture picture, TechniqueText en, TechniqueText es,
                     TechniqueText de) {

        Technique {
            phases = orNone(phases);
            areas = orNone(areas);
            tools = orNone(tools);
        }
    }

    /** The scenes a technique's picture shows (one, or a start and an end) and the areas it highlights. */
    record Picture(List<String> scenes, List<String> highlight) {
    }

    /** @param picture the picture's text alternative: the position it shows, in words */
    record TechniqueText(String name, String summary, List<Line> instructions, List<String> cautions, String picture,
                         List<String> keywords) {

        TechniqueText {
            instructions = orNone(instructions);
            cautions = orNone(cautions);
            keywords = orNone(keywords);
        }
    }

    /** An instruction line: for everyone, or only for one area or only when a tool is at hand. */
    record Line(String text, String onlyArea, String onlyTool) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Line {
        }

        /** Most lines are for everyone, written as plain text. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Line of(String text) {
            return new Line(text, null, null);
        }
    }

    /** @param sources the public guidance its restrictions follow, by title and publisher */
    record Condition(String slug, boolean local, List<String> sources, ConditionText en, ConditionText es, ConditionText de,
                     List<Restriction> restrictions) {

        Condition {
            sources = orNone(sources);
            restrictions = orNone(restrictions);
        }
    }

    record ConditionText(String name, String summary, String advice) {
    }

    /** @param waivedByClearance written only where it is true */
    record Restriction(TechniqueKind kind, AreaScope scope, List<String> areas, String tool, Posture posture,
                       Movement movement, Pressure maxPressure, Boolean waivedByClearance, RestrictionText en,
                       RestrictionText es, RestrictionText de) {

        Restriction {
            areas = orNone(areas);
            waivedByClearance = Boolean.TRUE.equals(waivedByClearance);
        }
    }

    record RestrictionText(String reason) {
    }

    /**
     * @param areas the areas it is about: asked when a person names one
     * @param askedWith the condition it is asked with, or null; with neither, it is asked of everyone
     * @param sources the public guidance it follows, by title and publisher
     */
    record RedFlag(String slug, Urgency urgency, List<String> areas, String askedWith, List<String> sources, RedFlagText en,
                   RedFlagText es, RedFlagText de) {

        RedFlag {
            areas = orNone(areas);
            sources = orNone(sources);
        }
    }

    /** @param advice what to do about it, in plain words, with the number to call */
    record RedFlagText(String name, String description, String advice) {
    }

    /** A list a file leaves out is empty; whether it may be is ContentCheck's to say. */
    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }
}
